// Issue 7: screenshots of the caseworker's and team leader's views at 1280x800 and DPR 2 (the DPR 1 set, with
// the follow-up form, is taken by caseworker.test.mjs and team.test.mjs), saved into build/screenshots/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp } from './lib/app.mjs';
import { openDemo, itemsWith, clickItem, pageErrors } from './caseworker_lib.mjs';

// Saves a screenshot and checks it has device pixels: 2560x1600 (the PNG header's width and height).
async function shot(app, name) {
  const png = readFileSync(await app.screenshot(name));
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [2560, 1600], `${name} at DPR 2`);
}

describe('caseworker and team views at DPR 2', () => {
  let app;
  before(async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  });
  after(async () => {
    await app?.close();
  });

  it('renders every view sharply at DPR 2', async () => {
    assert.equal(await app.page.evaluate(() => window.devicePixelRatio), 2);
    await shot(app, 'start_dpr2');
    await openDemo(app, 'S');
    await shot(app, 'my_cases_dpr2');
    await clickItem(app, (await itemsWith(app, '##row-'))[0]);
    await app.find('##open-follow-up');
    await shot(app, 'case_page_dpr2');
    await app.click('##open-start-measure');
    await app.find('##sm-price');
    await shot(app, 'start_measure_form_dpr2');
    await app.press('Escape');
    await app.click('##nav-team');
    await app.find('##target');
    await shot(app, 'team_dpr2');
    await app.click('English');
    await app.find('##target');
    assert.ok(await app.hasText('Team overview'), 'English via the shell\'s language switch');
    await shot(app, 'team_en_dpr2');
  });

  it('logged no page errors', () => {
    assert.deepEqual(pageErrors(app), []);
  });
});

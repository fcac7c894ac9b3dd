// Issue 7: screenshots of the caseworker's and team leader's views at 1280x800 and DPR 2 (the DPR 1 set is
// taken by caseworker.test.mjs and team.test.mjs), saved into build/screenshots/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from '../lib/app.mjs';
import { openDemo, itemsWith, clickItem, pageErrors } from '../caseworker_lib.mjs';

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
    await app.screenshot('start_dpr2');
    await openDemo(app, 'S');
    await app.screenshot('my_cases_dpr2');
    await clickItem(app, (await itemsWith(app, '##row-'))[0]);
    await app.find('##open-follow-up');
    await app.screenshot('case_page_dpr2');
    await app.click('##open-follow-up');
    await app.find('##fu-done');
    await app.screenshot('follow_up_form_dpr2');
    await app.press('Escape');
    await app.click('##open-start-measure');
    await app.find('##sm-price');
    await app.screenshot('start_measure_form_dpr2');
    await app.press('Escape');
    await app.click('##nav-team');
    await app.find('##target');
    await app.screenshot('team_dpr2');
    await app.click('English');
    await app.find('##target');
    assert.ok(await app.hasText('Team overview'), 'English via the shell\'s language switch');
    await app.screenshot('team_en_dpr2');
    await app.click('Dansk');
  });

  it('logged no page errors', () => {
    assert.deepEqual(pageErrors(app), []);
  });
});

// Issue 7, the scenario workshop in real Chromium: dragging a lever slider with the real mouse recomputes
// the totals and the chart while dragging; reset returns to the baseline; save stores the scenario in the
// workspace; CSV and PNG export download files. Screenshots at 1280x800.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';
import { openDemo } from './caseworker_lib.mjs';

const millions = (label) => Number(label.replace(/ mio\. kr\.| \(.*$/g, '').replace(/\./g, '').replace(',', '.'));

async function chartHash(app, id) {
  return (await app.find(`##chart-${id}`)).label;
}

describe('scenario workshop: live levers, charts, export', () => {
  let app;
  before(async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 } });
    await openDemo(app, 'S');
    await app.click('##nav-scenarios');
    await app.find('##scenario-total');
  });
  after(async () => {
    await app?.close();
  });

  let base;
  it('starts at the baseline', async () => {
    base = (await app.find('##scenario-total')).label;
    assert.equal(base, (await app.find('##baseline-total')).label, 'no lever: scenario = baseline');
    assert.match(base, /^\d{1,3}(\.\d{3})*,\d mio\. kr\.$/, 'Danish millions');
    assert.equal(await app.value('##lever-placement-volume'), '0,0 %');
    await app.screenshot('scenario_dpr1');
  });

  it('dragging the placements lever changes the total and the chart while dragging', async () => {
    const hash0 = await chartHash(app, 'scenario');
    const slider = await app.find('##lever-placement-volume');
    const canvas = await app.page.locator('#canvas').boundingBox();
    const r = slider.visibleRect;
    const y = canvas.y + r.y + r.h / 2, x0 = canvas.x + r.x + r.w / 2;
    await app.page.mouse.move(x0, y);
    await app.page.mouse.down();
    for (let i = 1; i <= 8; ++i) await app.page.mouse.move(x0 - (r.w * 0.4 * i) / 8, y);
    await app.waitIdle();
    const during = (await app.find('##scenario-total')).label;
    assert.ok(millions(during) < millions(base), `fewer placements cost less: ${during} < ${base}`);
    await app.page.mouse.move(x0 - r.w * 0.45, y);
    await app.page.mouse.up();
    await app.waitIdle();
    const after = (await app.find('##scenario-total')).label;
    assert.ok(millions(after) <= millions(during), 'dragging further cuts more');
    assert.match(await app.value('##lever-placement-volume'), /^-\d+,\d %$/);
    assert.notEqual(await chartHash(app, 'scenario'), hash0, 'the chart drew other data');
    assert.match((await app.find('##scenario-diff')).label, /^-/, 'a saving against the baseline');
    await app.find('##chart-tornado');  // the sensitivity of the lever once the slider is let go
    await app.screenshot('scenario_lever_dpr1');
  });

  it('the percent view and the reset button', async () => {
    const kroner = await chartHash(app, 'scenario');
    await app.click('##unit-pct');
    assert.notEqual(await chartHash(app, 'scenario'), kroner);
    await app.click('##unit-kr');
    await app.click('##reset-placement-volume');
    assert.equal(await app.value('##lever-placement-volume'), '0,0 %');
    assert.equal((await app.find('##scenario-total')).label, base, 'back at the baseline');
  });

  it('saves a scenario into the workspace and lists it', async () => {
    const slider = await app.find('##lever-preventive-volume');
    const canvas = await app.page.locator('#canvas').boundingBox();
    const r = slider.visibleRect;
    await app.page.mouse.click(canvas.x + r.x + r.w * 0.8, canvas.y + r.y + r.h / 2);
    await app.waitIdle();
    await app.click('##sc-save');
    assert.ok(await app.hasText('Scenariet er gemt.'));
    const listed = (await app.items()).filter((i) => i.visible && /##sc-(?!new|dup|save|name)/.test(i.fullLabel));
    assert.equal(listed.length, 1, 'the saved scenario is listed');
    assert.equal(listed[0].label, 'Nyt scenarie');
  });

  it('exports the year table as CSV for Danish Excel and the chart as PNG', async () => {
    const [csv] = await Promise.all([app.page.waitForEvent('download'), app.click('##export-csv')]);
    assert.equal(csv.suggestedFilename(), 'scenarie.csv');
    const chunks = [];
    for await (const c of await csv.createReadStream()) chunks.push(c);
    const bytes = Buffer.concat(chunks);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    assert.equal(lines[0], 'År;Basis (kr.);Scenarie (kr.);Forskel (kr.);Forskel (%);Målsti (kr.)');
    assert.equal(lines.length, 4, 'three projection years');
    assert.match(lines[1], /^\d{4};\d+,\d\d;\d+,\d\d;-?\d+,\d\d;-?\d+,\d;\d+,\d\d$/);

    const [png] = await Promise.all([app.page.waitForEvent('download'), app.click('##export-png')]);
    assert.equal(png.suggestedFilename(), 'scenarie.png');
    const pngChunks = [];
    for await (const c of await png.createReadStream()) pngChunks.push(c);
    const image = Buffer.concat(pngChunks);
    assert.equal(image.subarray(1, 4).toString(), 'PNG');
    assert.ok(image.length > 2000, `a drawn chart, not an empty image (${image.length} bytes)`);
  });

  it('presentation mode: large type', async () => {
    const before = (await app.find('##scenario-total')).rect.h;
    await app.click('##present');
    assert.ok((await app.find('##lever-placement-volume')).rect.h > 0);
    await app.screenshot('scenario_presentation_dpr1');
    const labelBefore = (await app.find('Antal anbringelser pr. år')).rect.h;
    assert.ok(labelBefore > 18, `lever labels in large type (${labelBefore} px)`);
    await app.click('##present');
    assert.equal((await app.find('##scenario-total')).rect.h, before);
  });

  it('logged no page errors', () => {
    assert.deepEqual(app.errors, []);
  });
});

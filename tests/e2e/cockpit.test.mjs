// Issue 7, management views in real Chromium: every cockpit tile opens the list behind its figure (the
// placements tile lists placement measures; caseload lists open cases), the finance view stores a cause of
// deviation through the core command. Screenshots of cockpit and finance at DPR 1 (the workshop's are taken
// by scenario_workshop.test.mjs), and of cockpit, finance and workshop at DPR 2.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, screenshotDir } from './lib/app.mjs';
import { openDemo, fill, itemsWith } from './caseworker_lib.mjs';

describe('cockpit: tiles drill down to the rows behind them', () => {
  let app;
  before(async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 } });
    await openDemo(app, 'S');
    await app.click('##nav-cockpit');
    await app.find('##tile-placements');
  });
  after(async () => {
    await app?.close();
  });

  it('shows the key figures in Danish formats', async () => {
    assert.match((await app.find('##tile-value-spend')).label, /^\d{1,3}(\.\d{3})*,\d mio\. kr\.$/);
    assert.match((await app.find('##tile-value-compliance')).label, /^\d{1,3},\d %$/);
    assert.match((await app.find('##tile-value-placement-price')).label, /^[\d.]+ kr\.$/);
    await app.find('##chart-ladder');
    await app.find('##chart-groups');
    await app.screenshot('cockpit_dpr1');
  });

  it('the placements tile opens the placement measures behind the figure', async () => {
    await app.click('##tile-placements');
    const count = Number((await app.find('##drill-count')).label.split(' ')[0].replace(/\./g, ''));
    assert.ok(count > 0, 'placement measures listed');
    const rows = await itemsWith(app, '##drill-row-');
    assert.ok(rows.length > 0 && rows.length <= count);
    assert.ok(await app.hasText('Beløb år til dato'), 'amounts year to date');
    const kinds = new Set();
    for (const row of rows) {
      const line = (await app.items()).filter((i) => i.visible && i.kind === 'text' && Math.abs(i.rect.y - row.rect.y) < 4);
      for (const i of line) kinds.add(i.label);
    }
    assert.ok(![...kinds].some((k) => /forebyggende|familiebehandling/i.test(k)), 'no preventive measures in the list');
    await app.screenshot('cockpit_drill_dpr1');

    await app.click('##tile-caseload');
    assert.ok(await app.hasText('Rådgiver'), 'the caseload list shows caseworkers');
    const cases = Number((await app.find('##drill-count')).label.split(' ')[0].replace(/\./g, ''));
    const detail = await app.find('##tile-detail-caseload');
    assert.equal(`${cases} åbne sager`, detail.label, 'as many open cases as the tile says');
    await app.click('##drill-close');
    assert.equal(await app.item('##drill-count'), null);
  });

  it('finance: a cause of deviation is stored through the core command', async () => {
    await app.click('##nav-economy');
    await app.find('##deviation-placement');
    assert.match((await app.find('##forecast-total')).label, /mio\. kr\.$/);
    await fill(app, '##cause-placement', 'Flere akutte anbringelser');
    await app.click('##save-cause-placement');
    assert.ok(await app.hasText('Årsagen er gemt.'));
    await app.click('##nav-cockpit');
    await app.click('##nav-economy');
    assert.equal(await app.value('##cause-placement'), 'Flere akutte anbringelser');
    await app.find('##chart-budget-forecast');
    await app.screenshot('economy_dpr1');
  });

  // The same browser at DPR 2 (Chrome's device metrics override; the app rebuilds its fonts for the new
  // ratio), which saves a second launch and demo.
  it('draws cockpit, finance and workshop at DPR 2', async () => {
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
    await app.page.waitForFunction(() => window.devicePixelRatio === 2);
    await app.waitIdle();
    for (const [nav, probe, name] of [['##nav-cockpit', '##tile-spend', 'cockpit_dpr2'],
                                      ['##nav-economy', '##forecast-total', 'economy_dpr2'],
                                      ['##nav-scenarios', '##scenario-total', 'scenario_dpr2']]) {
      await app.click(nav);
      await app.find(probe);
      // Captured through the same CDP session: Playwright's own screenshot would draw at its DPR 1.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      const png = Buffer.from(data, 'base64');
      assert.equal(png.readUInt32BE(16), 2560, `${name} is drawn at twice the CSS width`);
      mkdirSync(screenshotDir, { recursive: true });
      writeFileSync(join(screenshotDir, `${name}.png`), png);
    }
  });

  it('logged no page errors', () => {
    assert.deepEqual(app.errors, []);
  });
});

// Issue 6 in the real app: two tabs on one workspace. The first writes ("Gemt" once IndexedDB confirmed);
// the second opens read-only with a banner, its forms refuse to save with the located error; it takes over
// and then holds everything the first tab saved, and the first tab turns read-only. Backup and restore:
// the workspace exported as a JSON snapshot is imported as a new workspace with the same data, and a
// broken snapshot is refused with nothing changed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage, openApp } from './lib/app.mjs';
import { openDemo, numberIn, itemsWith, clickItem, followUpDeadlines, pageErrors, reveal, visible } from './caseworker_lib.mjs';

const OVERDUE = /^Overskredne frister: (\d+)$/;
const READ_ONLY = 'Skrivebeskyttet: arbejdsområdet er åbent i en anden fane';
const TAKEN_OVER = 'Skrivebeskyttet: en anden fane har overtaget arbejdsområdet';

// Opens cases from the top of the list until one has an overdue follow-up; stays on its page.
async function openOverdueCase(app) {
  for (let n = 0; n < 12; n++) {
    const rows = await itemsWith(app, '##row-');
    await clickItem(app, rows[n]);
    await app.find('##open-follow-up', { timeoutMs: 15000 });
    if ((await followUpDeadlines(app)).some((d) => d.status === 'Overskredet')) return;
    await app.click('##back');
    await app.find('##case-search');
  }
  assert.fail('no case with an overdue follow-up among the first 12 rows');
}

// Records a follow-up dated today (the form's default) with Enter.
async function recordFollowUp(app) {
  await app.click('##open-follow-up');
  await app.find('##fu-done');
  await app.press('Enter');
}

async function backToList(app) {
  await reveal(app, '##back');
  await app.click('##back');
  await app.find('##case-search');
}

// A second tab of the same browser profile (same IndexedDB, same Web Locks).
async function secondTab(app) {
  const page = await app.browser.context.newPage();
  const tab = new AppPage(page, app.browser);
  await tab.goto(app.url);
  return tab;
}

// Clicks a widget whose click reloads the page, and waits for the app to draw again.
async function clickAndReload(app, label) {
  const { x, y } = await app.centre(label);
  const loaded = app.page.waitForEvent('load', { timeout: 30000 });
  await app.page.mouse.click(x, y);
  await loaded;
  await app.page.waitForFunction(() => window.overblik && window.overblik.frameCount() > 0, null, { timeout: 30000 });
  await app.waitIdle();
}

async function importFile(app, name, content, mimeType = 'application/json') {
  const chooser = app.page.waitForEvent('filechooser', { timeout: 15000 });
  await app.click('##ws-import');
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(content) });
}

// Clicks a download button and returns the file's bytes.
async function downloaded(app, label) {
  const download = app.page.waitForEvent('download', { timeout: 20000 });
  await reveal(app, label);
  await app.click(label);
  const chunks = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// What an SQLite file holds, read by Python's sqlite3 (not by the app): device id, cases, integrity.
function sqliteFacts(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'overblik-e2e-raw-'));
  try {
    writeFileSync(join(dir, 'ws.sqlite'), bytes);
    const script = 'import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); q=lambda s: c.execute(s).fetchone()[0]; ' +
      'print(json.dumps({"device": q("SELECT value FROM workspace_meta WHERE key=\'device_id\'"), ' +
      '"cases": q("SELECT count(*) FROM child_case"), "integrity": q("PRAGMA integrity_check")}))';
    return JSON.parse(execFileSync('python3', ['-c', script, join(dir, 'ws.sqlite')], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('workspaces: one writer across tabs, take-over, JSON backup and restore', () => {
  let first, second, overdueSaved;
  before(async () => {
    first = await openApp({ viewport: { width: 1280, height: 800 } });
  });
  after(async () => {
    await first?.close();
  });

  it('the first tab writes: a follow-up is recorded and the status says "Gemt"', async () => {
    await openDemo(first, 'S');
    const overdue = await numberIn(first, OVERDUE);
    await openOverdueCase(first);
    await recordFollowUp(first);
    assert.ok(await first.hasText('Opfølgningen er gemt.'));
    await backToList(first);
    overdueSaved = await numberIn(first, OVERDUE);
    assert.ok(overdueSaved < overdue, 'the overdue count dropped');
    await first.find('Gemt', { timeoutMs: 15000 });
  });

  it('a second tab on the same workspace is read-only, says so, and its forms do not pretend to save', async () => {
    second = await secondTab(first);
    await second.find(READ_ONLY, { timeoutMs: 20000 });
    await second.find('##take-over');
    await second.click('##open-existing');
    await second.find('##case-search', { timeoutMs: 30000 });
    assert.equal(await numberIn(second, OVERDUE), overdueSaved, 'it reads what the first tab saved');
    await openOverdueCase(second);
    await recordFollowUp(second);
    assert.equal(await second.hasText('Opfølgningen er gemt.'), false);
    const refused = (await second.items()).filter((i) => i.visible && i.label.startsWith('Ikke gemt: '));
    assert.equal(refused.length, 1, 'the form shows the located error');
    assert.ok(await visible(second, '##fu-done'), 'the form stays open');
    await second.press('Escape');
    await backToList(second);
    assert.equal(await numberIn(second, OVERDUE), overdueSaved, 'nothing changed');
    await second.find(READ_ONLY);
  });

  it('the read-only tab follows the writer: a follow-up saved in the first tab shows in the second', async () => {
    await first.page.bringToFront();
    await openOverdueCase(first);
    await recordFollowUp(first);
    assert.ok(await first.hasText('Opfølgningen er gemt.'));
    await backToList(first);
    const fewer = await numberIn(first, OVERDUE);
    assert.ok(fewer < overdueSaved, 'the overdue count dropped in the writer');
    await first.find('Gemt', { timeoutMs: 15000 });
    overdueSaved = fewer;
    await second.page.bringToFront();
    const deadline = Date.now() + 20000;
    while ((await numberIn(second, OVERDUE)) !== fewer) {
      assert.ok(Date.now() < deadline, 'the read-only tab did not show the writer\'s new follow-up');
      await second.page.waitForTimeout(200);
    }
    await second.find(READ_ONLY);
  });

  it('"Overtag" makes the second tab the writer with the first tab\'s saved work; the first turns read-only', async () => {
    await second.click('##take-over');
    await second.find('Gemt', { timeoutMs: 20000 });
    assert.equal(await second.hasText(READ_ONLY), false);
    await second.find('##case-search');
    assert.equal(await numberIn(second, OVERDUE), overdueSaved);
    await openOverdueCase(second);
    await recordFollowUp(second);
    assert.ok(await second.hasText('Opfølgningen er gemt.'), 'the new writer saves');
    await backToList(second);
    overdueSaved = await numberIn(second, OVERDUE);
    await second.find('Gemt', { timeoutMs: 15000 });
    await first.page.bringToFront();
    await first.find(TAKEN_OVER, { timeoutMs: 20000 });
    await second.page.bringToFront();
  });

  it('exports the workspace as a JSON snapshot and imports it as a new workspace', async () => {
    await second.click('##nav-start');
    const exportButton = (await itemsWith(second, '##ws-export-json-'))[0];
    assert.ok(exportButton, 'the open workspace offers a JSON export');
    const download = second.page.waitForEvent('download', { timeout: 20000 });
    await clickItem(second, exportButton);
    const file = await download;
    assert.match(file.suggestedFilename(), /\.json$/);
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    const json = Buffer.concat(chunks).toString('utf8');
    assert.equal(JSON.parse(json).format, 'overblik-snapshot');

    // A broken snapshot is refused with its located error; the list is unchanged.
    const rowsBefore = (await itemsWith(second, '##ws-open-')).length;
    await importFile(second, 'broken.json', json.replace('"overblik-snapshot"', '"something-else"'));
    const refused = await waitForText(second, /^Importen blev afvist; intet er ændret: /);
    assert.match(refused, /format/);
    assert.equal((await itemsWith(second, '##ws-open-')).length, rowsBefore);

    await importFile(second, 'kopi.json', json);
    await waitForText(second, /^Importeret som nyt arbejdsområde$/);
    await reveal(second, '##ws-open-kopi');
    assert.equal((await itemsWith(second, '##ws-open-')).length, rowsBefore + 1);

    // Rename inline; delete another copy after the confirmation (Annullér first keeps it).
    await second.click('##ws-rename-kopi');
    await second.click('##ws-name');
    await second.press('Control+A');
    await second.type('Kopi af Fjordby');
    await second.click('##ws-save-name');
    await reveal(second, '##ws-open-Kopi af Fjordby');
    assert.equal(await visible(second, '##ws-open-kopi'), false);
    await importFile(second, 'slet-mig.json', json);
    await reveal(second, '##ws-delete-slet-mig');
    await second.click('##ws-delete-slet-mig');
    await second.find('Slet arbejdsområdet for altid?');
    await second.click('##ws-cancel-delete');
    assert.ok(await visible(second, '##ws-open-slet-mig'), 'cancel keeps it');
    await second.click('##ws-delete-slet-mig');
    await second.click('##ws-confirm-delete');
    await waitForGone(second, '##ws-open-slet-mig');
    assert.equal((await itemsWith(second, '##ws-open-')).length, rowsBefore + 1);

    // Open the copy (the page reloads on it): the same data, writable here.
    await clickAndReload(second, '##ws-open-Kopi af Fjordby');
    await second.click('##open-existing');
    await second.find('##case-search', { timeoutMs: 30000 });
    assert.equal(await numberIn(second, OVERDUE), overdueSaved, 'the copy holds the saved work');
    await second.find('Gemt', { timeoutMs: 15000 });
  });

  it('restores a raw SQLite backup as a new workspace of this device: same data, its own device id', async () => {
    await second.click('##nav-start');
    const original = await downloaded(second, '##ws-export-raw-Kopi af Fjordby');
    const before = sqliteFacts(original);
    assert.equal(before.integrity, 'ok');
    assert.ok(before.cases > 0);
    await importFile(second, 'gendannet.sqlite', original, 'application/vnd.sqlite3');
    await waitForText(second, /^Importeret som nyt arbejdsområde$/);
    const restored = sqliteFacts(await downloaded(second, '##ws-export-raw-gendannet'));
    assert.equal(restored.integrity, 'ok');
    assert.equal(restored.cases, before.cases);
    assert.match(restored.device, /^[A-Za-z0-9._-]{1,64}$/);
    assert.notEqual(restored.device, before.device, 'a restored copy must not write ids under the source device');
  });

  it('logged no page errors', () => {
    assert.deepEqual(pageErrors(first), []);
    assert.deepEqual(pageErrors(second), []);
  });
});

// The label of the first drawn text matching `pattern` (waits for it).
async function waitForText(app, pattern, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = (await app.items()).find((i) => pattern.test(i.label));  // drawn, maybe below the fold
    if (hit) return hit.label;
    if (Date.now() > deadline) throw new Error(`no text matching ${pattern}`);
    await app.page.waitForTimeout(100);
  }
}

async function waitForGone(app, label, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while ((await app.items()).some((i) => i.fullLabel.endsWith(label))) {
    if (Date.now() > deadline) throw new Error(`"${label}" is still drawn`);
    await app.page.waitForTimeout(100);
  }
}

// Issue 8, done when: two caseworkers (two browser contexts) edit offline, come online, sync, see each other's
// changes, and resolve a conflict in the conflicts view. Caseworker A opens the S demo and pushes it; B joins the
// workspace from the server. Both go offline (Playwright's setOffline) and open the same case: each records a
// follow-up with its own note (no conflict) and both stop the same measure with different end dates (one field,
// two values). A syncs first; B's sync merges A's changes (B's case page shows A's note at once) and keeps the
// end date as a conflict, which B settles with "Behold min" in the conflicts view. After B and then A sync
// again both show the same end date and both notes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { AppPage } from './lib/app.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { openDemo, itemsWith, clickItem, fill, reveal, pageErrors } from './caseworker_lib.mjs';
import { makeWorkspace, waitForText, enterSyncSettings, history, syncNow } from './sync_lib.mjs';

const workspace = 'kommune-to';
const noteA = 'Besøg (A)';
const noteB = 'Samtale (B)';

function ddmmyyyy(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
}

async function openPage(browser, url) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const app = new AppPage(page, browser);
  await app.goto(url);
  return app;
}

// The case page of `rowId` ("##row-case-00032"), from the case list.
async function openCase(app, rowId) {
  await app.click('##nav-my-cases');
  await app.find('##case-search');
  await app.click(rowId);
  await app.find('##open-follow-up');
}

async function recordFollowUp(app, note) {
  await app.click('##open-follow-up');
  await app.find('##fu-note');
  await fill(app, '##fu-note', note);
  await app.press('Enter');
  await waitForText(app, /^Opfølgningen er gemt\.$/, 10000);
}

async function stopMeasure(app, measureId, end) {
  await reveal(app, `##stop-${measureId}`);
  await app.click(`##stop-${measureId}`);
  await fill(app, '##stop-end', end);
  await app.press('Enter');
  await waitForText(app, new RegExp(`^Ophørt ${end}$`), 10000);
}

async function showsNote(app, note) {
  await reveal(app, 'Opfølgninger');
  return app.hasText(note);
}

describe('two caseworkers sync offline edits and settle a conflict', () => {
  let data, token, server, browserA, browserB, a, b;
  let rowId, measureId;
  // Days before today: a measure ending today still counts as active.
  const daysAgo = (n) => { const d = new Date(); d.setDate(d.getDate() - n); return ddmmyyyy(d); };
  const endA = daysAgo(1);
  const endB = daysAgo(2);

  before(async () => {
    ({ data, token } = makeWorkspace(workspace));
    server = await startServer({ data });
    const origin = new URL(server.url).origin;  // clipboard permission: the token is pasted
    [browserA, browserB] = await Promise.all([launchBrowser({ origin }), launchBrowser({ origin })]);
    [a, b] = await Promise.all([openPage(browserA, `${server.url}?automation=1`),
                                openPage(browserB, `${server.url}?automation=1`)]);
  });
  after(async () => {
    await browserA?.close();
    await browserB?.close();
    await server?.stop();
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('A opens the S demo and pushes it', async () => {
    await openDemo(a, 'S');
    await enterSyncSettings(a, workspace, token);
    await waitForText(a, /^Synkroniseret \d\d-\d\d-\d{4} \d\d:\d\d$/);
    assert.equal((await history(server, workspace, token)).length, 1);
  });

  it('B joins the workspace from the server and opens it', async () => {
    await enterSyncSettings(b, workspace, token);
    await waitForText(b, /^Synkroniseret \d\d-\d\d-\d{4} \d\d:\d\d$/);
    await b.click('##open-existing');
    await b.find('##case-search', { timeoutMs: 30000 });
    assert.equal((await history(server, workspace, token)).length, 1, 'joining pushed nothing');
  });

  it('both open the same case with an active measure', async () => {
    for (const row of (await itemsWith(a, '##row-case-')).slice(0, 12)) {
      await clickItem(a, row);
      await a.find('##open-follow-up');
      const stop = (await a.items()).find((i) => i.fullLabel.includes('##stop-'));
      if (stop) {
        rowId = row.fullLabel.slice(row.fullLabel.indexOf('##'));
        measureId = stop.fullLabel.slice(stop.fullLabel.indexOf('##stop-') + 7);
        break;
      }
      await a.click('##back');
      await a.find('##case-search');
    }
    assert.ok(rowId, 'a case with an active measure among the first rows');
    await openCase(b, rowId);
    await b.find(`##stop-${measureId}`);
  });

  it('both edit offline: a follow-up each, and the same measure stopped on different days', async () => {
    await browserA.context.setOffline(true);
    await browserB.context.setOffline(true);
    // Two people at two laptops: their edits run side by side.
    const edit = async (app, note, end) => {
      await recordFollowUp(app, note);
      await stopMeasure(app, measureId, end);
    };
    await Promise.all([edit(a, noteA, endA), edit(b, noteB, endB)]);
    assert.equal(await showsNote(b, noteA), false, 'B has not seen A\'s note yet');
  });

  it('A comes online first and pushes; B syncs second and sees A\'s note at once', async () => {
    await browserA.context.setOffline(false);
    await syncNow(a);
    assert.equal((await history(server, workspace, token)).length, 2);
    await browserB.context.setOffline(false);
    await syncNow(b);
    await waitForText(b, /· 1 konflikt$/, 5000);
    assert.ok(await showsNote(b, noteA), 'the merge refreshed B\'s case page');
    assert.ok(await showsNote(b, noteB));
  });

  it('B sees the conflict in the conflicts view and keeps its own date', async () => {
    await b.click('##sync-conflicts');
    await waitForText(b, new RegExp(`^Min værdi: ${endB} \\(af `), 5000);
    await waitForText(b, new RegExp(`^Deres værdi: ${endA} \\(af `), 5000);
    // The edit field offers B's date as typed in Danish; an impossible date is refused with a located message.
    const edit = (await itemsWith(b, '-edit')).find((i) => i.fullLabel.startsWith('##conflict-'));
    assert.equal(await b.value(edit.fullLabel), endB);
    await fill(b, edit.fullLabel, '31-02-2025');
    await clickItem(b, (await itemsWith(b, '-save')).find((i) => i.fullLabel.startsWith('Gem redigeret##conflict-')));
    await waitForText(b, /^measure\.end: Skriv en gyldig dato som dd-mm-åååå\.$/, 5000);
    await waitForText(b, new RegExp(`^Min værdi: ${endB} \\(af `), 5000);  // still open, nothing written
    const keep = (await itemsWith(b, '-mine')).find((i) => i.fullLabel.startsWith('Behold min##conflict-'));
    await clickItem(b, keep);
    await waitForText(b, /^Ingen konflikter\.$/, 5000);
    // The status strip counts open conflicts: none are left.
    await waitForText(b, /^Synkroniseret \d\d-\d\d-\d{4} \d\d:\d\d$/, 5000);
    await waitForText(b, new RegExp(`^Ophørt ${endB}$`), 5000);
    await b.click('##sync-conflicts');
  });

  it('after B and then A sync again, both show the same date and both notes', async () => {
    await syncNow(b);
    await syncNow(a);
    for (const app of [a, b]) {
      await waitForText(app, new RegExp(`^Ophørt ${endB}$`), 5000);
      assert.equal(await app.hasText(`Ophørt ${endA}`), false);
      assert.ok(await showsNote(app, noteA));
      assert.ok(await showsNote(app, noteB));
    }
  });

  it('logged no page errors', () => {
    // While offline the page's own requests fail by design; nothing else may.
    assert.deepEqual(pageErrors(a), []);
    assert.deepEqual(pageErrors(b), []);
  });
});

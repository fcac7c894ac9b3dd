// WORK IN PROGRESS (issue 8): not yet passing, so kept out of tools/test's tests/e2e/*.test.mjs glob. Last run: the
// status text was not visible to the automation bridge (now drawn through app::widgets, untested). Run with:
//   OVERBLIK_WEB_ROOT=build/web node --test tests/e2e/wip/sync_browser.test.mjs
// Issue 8, browser sync: with a workspace and token made by `serve.py workspace create` / `token create`, the
// app's sync settings (server = the page, workspace id, token) and "Synkronisér" push the open workspace to
// serve.py; the status bar then shows the sync time as dd-mm-åååå tt:mm. The token never appears in a URL.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from '../lib/app.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { repoRoot, startServer } from '../lib/server.mjs';
import { openDemo } from '../caseworker_lib.mjs';

const workspace = 'kommune-e2e';

function serveCommand(data, ...args) {
  return execFileSync('python3', [join(repoRoot, 'serve.py'), ...args, '--data', data], { encoding: 'utf8' }).trim();
}

async function waitForText(app, pattern, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = (await app.items()).find((i) => i.visible && pattern.test(i.label));
    if (hit) return hit.label;
    if (Date.now() > deadline) throw new Error(`no text matching ${pattern}`);
    await app.page.waitForTimeout(200);
  }
}

describe('browser sync with serve.py', () => {
  let data;
  let token;
  let server;
  let browser;
  let app;
  const urls = [];
  before(async () => {
    data = mkdtempSync(join(tmpdir(), 'overblik-e2e-sync-'));
    serveCommand(data, 'workspace', 'create', workspace);
    token = serveCommand(data, 'token', 'create', workspace);
    assert.match(token, /^ovb_/);
    server = await startServer({ data });
    browser = await launchBrowser();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('request', (r) => urls.push(r.url()));
    app = new AppPage(page, browser);
    await app.goto(`${server.url}?automation=1`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('is not set up before settings are given', async () => {
    await waitForText(app, /^Sync ikke sat op$/, 5000);
  });

  it('pushes the workspace with the settings entered and shows the sync time', async () => {
    await openDemo(app, 'S');
    await app.click('##sync-settings');
    await app.click('##sync-workspace');
    await app.type(workspace);
    await app.click('##sync-token');
    await app.type(token);
    await app.click('##sync-save');
    const label = await waitForText(app, /^Synkroniseret \d\d-\d\d-\d{4} \d\d:\d\d/);
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    assert.ok(label.includes(`${pad(now.getDate())}-${pad(now.getMonth() + 1)}-${now.getFullYear()}`), label);

    const response = await fetch(`${server.url}api/workspaces/${workspace}/snapshots`,
                                 { headers: { Authorization: `Bearer ${token}` } });
    const history = await response.json();
    assert.equal(history.snapshots.length, 1, 'one full snapshot pushed');
    assert.equal(history.snapshots[0].parent, null);
  });

  it('a second sync with no edits pushes nothing', async () => {
    await app.click('##sync-now');
    await waitForText(app, /^Synkroniseret /);
    const history = await (await fetch(`${server.url}api/workspaces/${workspace}/snapshots`,
                                       { headers: { Authorization: `Bearer ${token}` } })).json();
    assert.equal(history.snapshots.length, 1);
  });

  it('never puts the token in a URL', () => {
    assert.ok(urls.some((u) => u.includes('/api/workspaces/')), 'the app made API requests');
    assert.ok(!urls.some((u) => u.includes(token) || u.includes(token.split('_')[1])));
  });

  it('logged no page errors', () => {
    assert.deepEqual(app.errors, []);
  });
});

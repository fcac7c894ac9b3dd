// Issue 8, browser sync: with a workspace and token made by `serve.py workspace create` / `token create`, the
// app's sync settings (server = the page, workspace id, token) and "Synkronisér" push the open workspace to
// serve.py; the status bar then shows the sync time as dd-mm-åååå tt:mm. The token never appears in a URL.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { AppPage } from './lib/app.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { openDemo } from './caseworker_lib.mjs';
import { makeWorkspace, waitForText, enterSyncSettings, history, syncNow } from './sync_lib.mjs';

const workspace = 'kommune-e2e';

describe('browser sync with serve.py', () => {
  let data;
  let token;
  let server;
  let browser;
  let app;
  const urls = [];
  before(async () => {
    ({ data, token } = makeWorkspace(workspace));
    assert.match(token, /^ovb_/);
    server = await startServer({ data });
    browser = await launchBrowser({ origin: new URL(server.url).origin });  // clipboard: the token is pasted
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
    await enterSyncSettings(app, workspace, token);
    const label = await waitForText(app, /^Synkroniseret \d\d-\d\d-\d{4} \d\d:\d\d/);
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    assert.ok(label.includes(`${pad(now.getDate())}-${pad(now.getMonth() + 1)}-${now.getFullYear()}`), label);

    const snapshots = await history(server, workspace, token);
    assert.equal(snapshots.length, 1, 'one full snapshot pushed');
    assert.equal(snapshots[0].parent, null);
  });

  it('a second sync with no edits pushes nothing', async () => {
    await syncNow(app);
    assert.equal((await history(server, workspace, token)).length, 1);
  });

  it('never puts the token in a URL', () => {
    assert.ok(urls.some((u) => u.includes('/api/workspaces/')), 'the app made API requests');
    assert.ok(!urls.some((u) => u.includes(token) || u.includes(token.split('_')[1])));
  });

  it('logged no page errors', () => {
    assert.deepEqual(app.errors, []);
  });
});

// Helpers for the browser sync tests (issue 8): a serve.py data folder with a workspace and its token made by
// serve.py's own subcommands, the sync settings entered by hand, and waits on the sync status text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './lib/server.mjs';

function serveCommand(data, ...args) {
  return execFileSync('python3', [join(repoRoot, 'serve.py'), ...args, '--data', data], { encoding: 'utf8' }).trim();
}

// A fresh data folder holding workspace `id`; resolves to { data, token }.
export function makeWorkspace(id) {
  const data = mkdtempSync(join(tmpdir(), 'overblik-e2e-sync-'));
  serveCommand(data, 'workspace', 'create', id);
  return { data, token: serveCommand(data, 'token', 'create', id) };
}

// The label of the first visible text matching `pattern`, waiting for it to appear.
export async function waitForText(app, pattern, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = (await app.items()).find((i) => i.visible && pattern.test(i.label));
    if (hit) return hit.label;
    if (Date.now() > deadline) {
      const texts = (await app.items()).filter((i) => i.visible).map((i) => i.label);
      throw new Error(`no text matching ${pattern}; drawn: ${JSON.stringify(texts)}`);
    }
    await app.page.waitForTimeout(200);
  }
}

// Clicks with the real mouse and waits (up to a minute) until the sync it starts has ended: the page counts
// requests in flight as pending work, so idle means done.
async function clickAndSettle(app, label) {
  const { x, y } = await app.centre(label);
  await app.page.mouse.move(x, y);
  await app.page.mouse.click(x, y);
  await app.page.evaluate(() => window.overblik.waitIdle(60000));
}

// Enters server (empty: this page), workspace and token in the sync settings and saves: the first sync starts.
// The token is pasted (Ctrl+V), as a person would: typing its 40-odd characters costs seconds of frames. The
// browser needs clipboard permission for the page's origin (launchBrowser({ origin })).
export async function enterSyncSettings(app, workspace, token) {
  await app.click('##sync-settings');
  await app.click('##sync-workspace');
  await app.type(workspace);
  await app.click('##sync-token');
  await app.page.evaluate((text) => navigator.clipboard.writeText(text), token);
  await app.press('Control+V');
  await clickAndSettle(app, '##sync-save');
}

// The server's snapshot history of the workspace.
export async function history(server, workspace, token) {
  const response = await fetch(`${server.url}api/workspaces/${workspace}/snapshots`,
                               { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()).snapshots;
}

// "Synkronisér", then waits until that sync has ended well (the status shows the sync time again).
export async function syncNow(app) {
  await clickAndSettle(app, '##sync-now');
  await waitForText(app, /^Synkroniseret \d\d-\d\d-\d{4} \d\d:\d\d/);
}

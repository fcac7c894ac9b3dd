// One Chromium on a fresh profile for a test file's harness tabs (tests/e2e/persist_*.test.mjs): registers
// before/after hooks and returns `tab()`, which opens a harness page whose module is ready.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, harnessBuilt } from './persist_server.mjs';
import { launchChromium } from './persist_browser.mjs';

export const skip = !harnessBuilt() && 'persist_harness not built (cmake --build <wasm dir> --target persist_harness)';

// `query` is appended to the page's URL (e.g. '?log=off').
export function harnessBrowser(profilePrefix, query = '') {
  let server, browser, profile;
  before(async () => {
    if (skip) return;
    server = await startServer();
    profile = mkdtempSync(path.join(tmpdir(), profilePrefix));
    browser = await launchChromium(profile);
  });
  after(async () => {
    if (skip) return;
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  });
  return async function tab() {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/harness.html' + query);
    assert.equal(await page.evaluate(() => H.ready()), 0);
    return page;
  };
}

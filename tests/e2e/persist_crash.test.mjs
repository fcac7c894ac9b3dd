// Issue 6, "nothing lost": commits rows continuously and SIGKILLs the whole Chromium process tree at a random
// moment, again and again on the same profile. After each restart every row whose commit was reported durable
// ("Gemt") must be there, the rows must form a gap-free prefix (commits land in order, never torn), and
// PRAGMA integrity_check must say ok. PERSIST_CRASH_ROUNDS (default 50), PERSIST_CRASH_SEED and
// PERSIST_CRASH_BACKEND (log or indexeddb) tune it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, harnessBuilt } from './lib/persist_server.mjs';
import { launchChromium } from './lib/persist_browser.mjs';

const rounds = Number(process.env.PERSIST_CRASH_ROUNDS || 50);
const seed = Number(process.env.PERSIST_CRASH_SEED || Date.now() % 100000);
// 'log' (the OPFS commit log, the default where access handles exist) or 'indexeddb' (commit records).
const backend = process.env.PERSIST_CRASH_BACKEND || 'log';

function rng(s) {  // mulberry32: reproducible kill moments from the printed seed
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openWorkspace(page, url) {
  await page.goto(url + '/harness.html' + (backend === 'log' ? '' : '?log=off'));
  assert.equal(await page.evaluate(() => H.ready()), 0, 'harness init');
  const opened = await page.evaluate(() => H.open('crash'));
  assert.equal(opened.rc, 0, opened.error);
  assert.equal(opened.status.writable, true, 'the only tab is the writer');
  assert.equal(opened.status.backend, backend, 'commits go where this run means to test');
  return page.evaluate(() => ({
    max: H.number('crash', 'SELECT coalesce(max(id), 0) FROM t'),
    count: H.number('crash', 'SELECT count(*) FROM t'),
    integrity: H.integrity('crash'),
  }));
}

test(`every commit reported durable survives SIGKILL of the browser (${rounds} kills, seed ${seed}, ${backend})`,
  { timeout: 1800000, skip: !harnessBuilt() && 'persist_harness not built (cmake --build <wasm dir> --target persist_harness)' },
  async () => {
    const server = await startServer();
    const profile = mkdtempSync(path.join(tmpdir(), 'overblik-crash-'));
    const random = rng(seed);
    let durable = 0;  // every row 1..durable was reported durable before a kill
    let reports = 0;
    try {
      for (let round = 0; round <= rounds; round++) {
        const b = await launchChromium(profile);
        try {
          const page = await b.context.newPage();
          const seen = await openWorkspace(page, server.url);
          assert.equal(seen.integrity, 'ok', `round ${round}: integrity_check`);
          assert.ok(seen.max >= durable, `round ${round}: row ${durable} was reported durable but max id is ${seen.max}`);
          assert.equal(seen.count, seen.max, `round ${round}: rows must be a gap-free prefix 1..${seen.max}`);
          if (round === rounds) break;  // the last start only verifies
          page.on('console', (msg) => {
            const m = /^durable (\d+) (.*)$/.exec(msg.text());
            if (m) { durable = Math.max(durable, Number(m[1])); reports++; }
          });
          await page.evaluate((start) => H.commitForever('crash', start), seen.max + 1);
          await sleep(50 + Math.floor(random() * 750));
        } finally {
          await b.kill();
        }
      }
      assert.ok(durable > rounds, `commits were reported durable (${durable} rows, ${reports} reports)`);
      console.log(`# ${rounds} kills (${backend}): ${durable} rows reported durable, all present; integrity ok`);
    } finally {
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

#!/usr/bin/env node
// Persistence bench (issue 6), in Debian's headless Chromium: latency until a one-row commit on a 20 MB
// workspace is durable, for Overblik's page VFS (changed pages → one record in its OPFS commit log, or one IndexedDB transaction), Emscripten's
// IDBFS (FS.syncfs of the whole file after the commit) and the official SQLite wasm build (opfs-sahpool VFS in
// a worker, journal_mode=persist, synchronous=normal), all in the same browser run. opfs-sahpool is timed twice:
// inside its worker (back-to-back synchronous commits, no messaging) and from the page (post the commit, wait
// for the worker's answer), which is what an app drawing on the main thread waits for before it may say
// "saved"; Overblik is timed from the page, as the app sees it. Then the cold open
// of that workspace after a browser restart. Prints medians and ratios.
// Needs the persist_harness target built (see docs/persistence.md). Options: --mb=20 --commits=30 --idbfs-commits=5
// --backend=indexeddb (Overblik's commits as IndexedDB records, its path where OPFS access handles are missing;
// the default is its OPFS commit log), --durability=relaxed (with --backend=indexeddb: without the IndexedDB
// flush to disk; survives a browser kill, not an OS crash or power loss; the product uses strict).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, harnessBuilt } from '../../tests/e2e/lib/persist_server.mjs';
import { launchChromium } from '../../tests/e2e/lib/persist_browser.mjs';

const arg = (name, dflt) => Number((process.argv.find((a) => a.startsWith(`--${name}=`)) || '').split('=')[1] || dflt);
const MB = arg('mb', 20), COMMITS = arg('commits', 30), IDBFS_COMMITS = arg('idbfs-commits', 5);
const option = (name, dflt) => (process.argv.find((a) => a.startsWith(`--${name}=`)) || `=${dflt}`).split('=')[1];
const DURABILITY = option('durability', 'strict'), BACKEND = option('backend', 'log');
const bytes = MB * 1024 * 1024;

if (!harnessBuilt()) {
  console.error('persist_harness is not built: cmake --build <wasm build dir> --target persist_harness');
  process.exit(2);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]; };
const fmt = (ms) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1)).padStart(8) + ' ms';

const server = await startServer({ isolated: true });
const profile = mkdtempSync(path.join(tmpdir(), 'overblik-bench-'));
async function page(b) {
  const p = await b.context.newPage();
  await p.goto(server.url + '/bench.html');
  await p.evaluate(() => H.ready());
  return p;
}

try {
  let b = await launchChromium(profile);
  let p = await page(b);
  console.log(`workspace: ${MB} MB; one-row commits until durable (median of ${COMMITS}, IDBFS ${IDBFS_COMMITS})`);
  const sizes = {
    overblik: await p.evaluate(([n, backend]) => B.overblikSetup(n, backend), [bytes, BACKEND]),
    idbfs: await p.evaluate((n) => B.idbfsSetup(n), bytes),
    sahpool: await p.evaluate((n) => B.sahpoolSetup(n), bytes),
  };
  const ov = await p.evaluate(([n, d]) => B.overblikCommits(n, d), [COMMITS, DURABILITY]);
  const idb = await p.evaluate((n) => B.idbfsCommits(n), IDBFS_COMMITS);
  const sah = await p.evaluate((n) => B.sahpoolCommits(n), COMMITS);
  const sahPage = await p.evaluate((n) => B.sahpoolPageCommits(n, n + 1), COMMITS);
  const m = { overblik: median(ov.times), idbfs: median(idb.times), sahpool: median(sah.times),
    sahpoolPage: median(sahPage.times) };
  const ovName = ov.backend === 'log' ? 'overblik (OPFS commit log)' : `overblik (IndexedDB, ${DURABILITY})`;
  for (const [name, t, size] of [[ovName, ov.times, sizes.overblik],
    ['IDBFS whole-file syncfs', idb.times, sizes.idbfs], ['sqlite-wasm opfs-sahpool', sah.times, sizes.sahpool],
    ['  the same, timed from the page', sahPage.times, sizes.sahpool]]) {
    console.log(`  ${name.padEnd(34)} median ${fmt(median(t))}  p90 ${fmt(p90(t))}  (db ${(size / 1048576).toFixed(1)} MB)`);
  }
  console.log(`  status after the commits: "${ov.label}"`);
  if (ov.backend !== BACKEND) throw new Error(`Overblik committed to ${ov.backend}, not ${BACKEND}`);
  console.log(`ratios: IDBFS / overblik = ${(m.idbfs / m.overblik).toFixed(1)}x (target >= 50x); ` +
    `opfs-sahpool / overblik = ${(m.sahpool / m.overblik).toFixed(2)}x inside its worker, ` +
    `${(m.sahpoolPage / m.overblik).toFixed(2)}x timed from the page (target > 1)`);
  await b.close();

  // Cold open: a fresh browser process on the same profile.
  b = await launchChromium(profile);
  p = await page(b);
  const cold = await p.evaluate((backend) => B.overblikOpen(backend), BACKEND);
  const coldSah = await p.evaluate(() => B.sahpoolOpen());
  console.log(`cold open after a browser restart: overblik ${fmt(cold.ms)} (${cold.rows} rows; target < 500 ms), ` +
    `opfs-sahpool ${fmt(coldSah.ms)} (${coldSah.rows} rows, incl. its module init)`);
  console.log(`  overblik from page navigation (incl. loading the harness module): ${fmt(cold.sinceNavigation)}`);
  console.log(`targets: commit <= 5 ms ${m.overblik <= 5 ? 'met' : 'MISSED'}; faster than opfs-sahpool ` +
    `inside its worker ${m.overblik < m.sahpool ? 'met' : 'MISSED'}, from the page ` +
    `${m.overblik < m.sahpoolPage ? 'met' : 'MISSED'}; >= 50x IDBFS ${m.idbfs / m.overblik >= 50 ? 'met' : 'MISSED'}; ` +
    `cold open < 500 ms ${cold.ms < 500 ? 'met' : 'MISSED'}`);
  await b.close();
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

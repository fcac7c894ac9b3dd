// Issue 6, storage layout: workspaces written by the first version (format 1: 1 MiB base segments, 4 KiB
// deltas in store "pages", no commit records, meta without `format`) must still open with every row, take
// new commits and be compacted into the current layout (format 2: 4 MiB segments, commit records). Commit
// records left behind by a newer version, after an older one wrote meta again, are stale and ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harnessBrowser, skip } from './lib/persist_tabs_lib.mjs';

const tab = harnessBrowser('overblik-format-');

test('a format 1 workspace opens, takes commits and is compacted into format 2', { skip, timeout: 120000 }, async () => {
  const a = await tab();
  // A real database image (~2.5 MB: three 1 MiB segments) with 40 numbered rows, from a scratch workspace.
  const made = await a.evaluate(async () => {
    const P = Module.persist;
    await H.open('scratch');
    H.fill('scratch', 2500000);
    for (let n = 1; n <= 40; n++) H.insert('scratch', n);
    await P.flushed('scratch');
    const bytes = await P.exportRaw('scratch');
    // Written the way the first version did: chunk 0 (the SQLite header) wrong in the base, right as a delta,
    // so the image is only valid if the deltas are applied on top of the base.
    const legacy = indexedDB.open('overblik-ws-legacy', 1);
    legacy.onupgradeneeded = () => ['pages', 'meta', 'base'].forEach((s) => legacy.result.createObjectStore(s));
    const db = await new Promise((r) => { legacy.onsuccess = () => r(legacy.result); });
    const tx = db.transaction(['pages', 'meta', 'base'], 'readwrite');
    const base = bytes.slice();
    base.fill(0, 0, 4096);
    const S = 1 << 20;
    for (let s = 0; s * S < base.length; s++) tx.objectStore('base').put(base.slice(s * S, (s + 1) * S), s);
    tx.objectStore('pages').put(bytes.slice(0, 4096), 0);
    tx.objectStore('meta').put({ seq: 7, size: bytes.length, chunk: 4096, writer: 'gone' }, 'meta');
    // A stale commit record (from a newer version, before the first version wrote meta again): zeroes the
    // header if it were applied.
    tx.objectStore('meta').put({ size: bytes.length, chunks: [0], data: new ArrayBuffer(4096) }, 8);
    await new Promise((r) => { tx.oncomplete = r; });
    db.close();
    return { size: bytes.length, segments: Math.ceil(bytes.length / S) };
  });
  assert.ok(made.segments >= 3, `image spans ${made.segments} legacy segments`);

  const b = await tab();
  const opened = await b.evaluate(async () => {
    const r = await H.open('legacy');
    return { rc: r.rc, error: r.error, writable: r.status.writable, seq: r.status.durableSeq,
      rows: H.number('legacy', 'SELECT count(*) FROM t WHERE id > 0'), integrity: H.integrity('legacy') };
  });
  assert.deepEqual(opened, { rc: 0, error: '', writable: true, seq: 7, rows: 40, integrity: 'ok' });

  // New commits on top of the old layout (commit records), read back by another tab.
  const committed = await b.evaluate(async () => {
    for (let n = 41; n <= 45; n++) H.insert('legacy', n);
    await Module.persist.flushed('legacy');
    return H.label('legacy');
  });
  assert.equal(committed, 'Gemt');
  const reader = async () => {
    const c = await tab();
    const seen = await c.evaluate(async () => {
      await H.open('legacy');
      return { rows: H.number('legacy', 'SELECT count(*) FROM t WHERE id > 0'), integrity: H.integrity('legacy') };
    });
    await c.close();
    return seen;
  };
  assert.deepEqual(await reader(), { rows: 45, integrity: 'ok' });

  // Compaction migrates the layout: 4 MiB segments, no deltas or records left, meta format 2.
  const layout = await b.evaluate(async () => {
    const P = Module.persist, st = P.ws.legacy;
    P.COMPACT_AT = 1;
    P.compactDelayMs = 20;
    P.scheduleCompaction(st);
    for (let i = 0; i < 200 && (st.deltas.size || st.inflight); i++) await new Promise((r) => setTimeout(r, 25));
    const tx = st.idb.transaction(['pages', 'meta', 'base']);
    const get = (r) => new Promise((res) => { r.onsuccess = () => res(r.result); });
    return {
      deltas: st.deltas.size,
      meta: await get(tx.objectStore('meta').get('meta')),
      records: (await get(tx.objectStore('meta').getAllKeys(IDBKeyRange.bound(-Infinity, Infinity)))).length,
      pages: (await get(tx.objectStore('pages').getAllKeys())).length,
      baseSizes: (await get(tx.objectStore('base').getAll())).map((v) => v.byteLength),
    };
  });
  assert.equal(layout.deltas, 0);
  assert.equal(layout.meta.format, 2);
  assert.equal(layout.meta.segment, 4 << 20);
  assert.equal(layout.records, 0);
  assert.equal(layout.pages, 0);
  assert.deepEqual(layout.baseSizes, [layout.meta.size]);
  assert.deepEqual(await reader(), { rows: 45, integrity: 'ok' });
  await Promise.all([a.close(), b.close()]);
});

// Issue 6: one writer per workspace. Two tabs on the same workspace: the second opens read-only and cannot
// write; taking over makes it the writer, the first tab read-only, and nothing the first tab saved is lost.
// Also: the save words ("Gemmer…" → "Gemt"), a full storage (quota) error that keeps the last good state,
// several workspaces side by side, backup/restore of a raw SQLite file, compaction, and a read-only tab that
// follows the writer's commits.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { harnessBrowser, skip } from './lib/persist_tabs_lib.mjs';

const SQLITE_READONLY = 8;
// Both commit paths: the OPFS commit log (where the browser has access handles) and IndexedDB records.
for (const [backend, query] of [['log', ''], ['indexeddb', '?log=off']]) {
  describe(`commits to ${backend === 'log' ? 'the OPFS commit log' : 'IndexedDB records'}`, () => {
    const tab = harnessBrowser('overblik-tabs-', query);

    const rows = (page, id) => page.evaluate((id) => H.number(id, 'SELECT count(*) FROM t WHERE id > 0'), id);
    const heldLocks = (page, id) => page.evaluate(async (id) =>
      (await navigator.locks.query()).held.filter((l) => l.name === 'overblik-ws-' + id).length, id);

    test('only one tab writes; take-over keeps the first tab\'s saved work', { skip, timeout: 300000 }, async () => {
      const a = await tab();
      const opened = await a.evaluate(() => H.open('shared'));
      assert.equal(opened.rc, 0);
      assert.equal(opened.status.writable, true);
      assert.equal(opened.status.backend, backend);

      const words = await a.evaluate(async () => {
        const rcs = [];
        for (let n = 1; n <= 5; n++) rcs.push(H.insert('shared', n));
        const whilePending = H.label('shared');
        await Module.persist.flushed('shared');
        return { rcs, whilePending, after: H.label('shared'), status: H.status('shared') };
      });
      assert.deepEqual(words.rcs, [0, 0, 0, 0, 0]);
      assert.equal(words.whilePending, 'Gemmer…');
      assert.equal(words.after, 'Gemt');
      assert.equal(words.status.durableSeq, words.status.committedSeq);

      // Second tab: read-only, sees the saved rows, cannot write.
      const b = await tab();
      const second = await b.evaluate(() => H.open('shared'));
      assert.equal(second.rc, 0);
      assert.equal(second.status.writable, false);
      assert.equal(await rows(b, 'shared'), 5);
      assert.equal(await b.evaluate(() => H.insert('shared', 100)), SQLITE_READONLY);
      assert.match(await b.evaluate(() => H.label('shared')), /^Skrivebeskyttet/);
      assert.equal(await rows(b, 'shared'), 5, 'a refused write changes nothing');
      assert.equal(await heldLocks(a, 'shared'), 1);

      // The first tab writes on; rows 6-7 are committed but not awaited when the second tab takes over.
      assert.deepEqual(await a.evaluate(() => [H.insert('shared', 6), H.insert('shared', 7)]), [0, 0]);
      const taken = await b.evaluate(() => H.takeOver('shared'));
      assert.equal(taken.rc, 0);
      assert.equal(taken.status.writable, true);
      assert.equal(taken.status.backend, backend, 'the old writer let go of the commit log');
      assert.equal(await rows(b, 'shared'), 7, 'the first tab\'s commits were handed over, not lost');

      const first = await a.evaluate(() => ({ status: H.status('shared'), label: H.label('shared'), rc: H.insert('shared', 8) }));
      assert.equal(first.status.writable, false);
      assert.equal(first.status.takenOver, true);
      assert.equal(first.rc, SQLITE_READONLY, 'the old writer cannot write any more');
      assert.match(first.label, /overtaget/);

      const b8 = await b.evaluate(async () => {
        const rc = H.insert('shared', 8);
        await Module.persist.flushed('shared');
        return { rc, label: H.label('shared') };
      });
      assert.deepEqual(b8, { rc: 0, label: 'Gemt' });
      assert.equal(await heldLocks(b, 'shared'), 1, 'never two writers');

      // A third tab reads what is in IndexedDB: rows 1..8, intact.
      const c = await tab();
      const third = await c.evaluate(() => H.open('shared'));
      assert.equal(third.status.writable, false);
      assert.equal(await rows(c, 'shared'), 8);
      assert.equal(await c.evaluate(() => H.integrity('shared')), 'ok');
      await Promise.all([a.close(), b.close(), c.close()]);
    });

    test('a full storage is a clear error that keeps the last saved state', { skip, timeout: 60000 }, async () => {
      const a = await tab();
      assert.equal((await a.evaluate(() => H.open('quota'))).rc, 0);
      const failed = await a.evaluate(async () => {
        Module.persist.retryMs = 300;
        H.insert('quota', 1);
        await Module.persist.flushed('quota');
        Module.persist.injectFault('quota', 'QuotaExceededError', 1000);  // full until the test frees it
        const rc = H.insert('quota', 2);
        await new Promise((r) => setTimeout(r, 700));
        return { rc, status: H.status('quota'), label: H.label('quota') };
      });
      assert.equal(failed.rc, 0, 'the app keeps running');
      assert.equal(failed.status.error.code, 'quota');
      assert.match(failed.label, /^Ikke gemt: Browserens lager er fuldt/);

      const reader = await tab();
      assert.equal((await reader.evaluate(() => H.open('quota'))).rc, 0);
      assert.equal(await rows(reader, 'quota'), 1, 'IndexedDB still holds the last good state');

      const healed = await a.evaluate(async () => {
        Module.persist.ws.quota.faults = [];  // space freed: the queued commit is retried
        await Module.persist.flushed('quota', 10000);
        return { label: H.label('quota'), status: H.status('quota') };
      });
      assert.equal(healed.label, 'Gemt');
      assert.equal(healed.status.error, null);
      const again = await tab();
      assert.equal((await again.evaluate(() => H.open('quota'))).rc, 0);
      assert.equal(await rows(again, 'quota'), 2, 'the retried commit landed');
      await Promise.all([a.close(), reader.close(), again.close()]);
    });

    test('workspaces side by side: create, list, rename, delete with confirmation, backup and restore', { skip, timeout: 60000 }, async () => {
      const page = await tab();
      const result = await page.evaluate(async () => {
        const P = Module.persist;
        const a = await P.create('Budget 2026');
        const b = await P.create('Aarhus demo', { demo: true });
        await H.open(a);
        for (let n = 1; n <= 3; n++) H.insert(a, n);
        await P.flushed(a);
        await P.rename(b, 'Demo');
        const names = (await P.list()).filter((w) => w.id === a || w.id === b).map((w) => w.name);
        let refused = '';
        try { await P.remove(b); } catch (e) { refused = e.message; }
        await P.remove(b, { confirmed: true });
        const afterDelete = (await P.list()).some((w) => w.id === b);

        // Backup: the durable image as a raw SQLite file; restore validates it, then it becomes a new workspace.
        const bytes = await P.exportRaw(a);
        const kind = P.sniff(bytes);
        const valid = H.checkImage(bytes);
        const damaged = bytes.slice();
        damaged.fill(0x55, 4096, 4096 + 12);  // scribble over page 2's header
        const invalid = H.checkImage(damaged);
        const notSqlite = H.checkImage(new TextEncoder().encode('hello'));
        const copy = await P.create('Budget 2026 (kopi)');
        await P.writeImage(copy, bytes);
        const opened = await H.open(copy);
        return {
          names, refused, afterDelete, kind, valid, invalid, notSqlite, openedRc: opened.rc,
          copyRows: H.number(copy, 'SELECT count(*) FROM t'), copyIntegrity: H.integrity(copy),
          json: P.sniff(new TextEncoder().encode(' {"format":1}')),
        };
      });
      assert.deepEqual(result.names.sort(), ['Budget 2026', 'Demo']);
      assert.match(result.refused, /confirmation/);
      assert.equal(result.afterDelete, false);
      assert.equal(result.kind, 'sqlite');
      assert.deepEqual(result.valid, { ok: true, message: 'ok' });
      assert.equal(result.invalid.ok, false);
      assert.match(result.invalid.message, /damaged|malformed/);
      assert.equal(result.notSqlite.ok, false);
      assert.match(result.notSqlite.message, /not an SQLite database/);
      assert.equal(result.openedRc, 0);
      assert.equal(result.copyRows, 3);
      assert.equal(result.copyIntegrity, 'ok');
      assert.equal(result.json, 'json');
      await page.close();
    });

    test('compaction rewrites the base image without losing a commit', { skip, timeout: 60000 }, async () => {
      const a = await tab();
      const compacted = await a.evaluate(async () => {
        const P = Module.persist;
        P.COMPACT_AT = 8;
        P.compactDelayMs = 20;
        await H.open('compact');
        H.fill('compact', 200000);  // ~50 chunks in one commit
        await P.flushed('compact');
        const st = P.ws.compact;
        const before = st.deltas.size;
        for (let i = 0; i < 100 && (st.deltas.size >= P.COMPACT_AT || st.queue.length || st.inflight); i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
        const after = st.deltas.size;
        H.insert('compact', 1);
        H.insert('compact', 2);
        await P.flushed('compact');
        return { before, after, rows: H.number('compact', 'SELECT count(*) FROM t') };
      });
      assert.ok(compacted.before >= 8, `deltas before compaction: ${compacted.before}`);
      assert.equal(compacted.after, 0);
      const b = await tab();
      assert.equal((await b.evaluate(() => H.open('compact'))).rc, 0);
      assert.equal(await b.evaluate(() => H.number('compact', 'SELECT count(*) FROM t')), compacted.rows);
      assert.equal(await b.evaluate(() => H.number('compact', 'SELECT count(*) FROM t WHERE id > 0')), 2);
      assert.equal(await b.evaluate(() => H.integrity('compact')), 'ok');
      await Promise.all([a.close(), b.close()]);
    });

    test('a read-only tab follows the writer\'s commits, also across a compaction', { skip, timeout: 60000 }, async () => {
      const a = await tab();
      assert.equal((await a.evaluate(() => H.open('follow'))).rc, 0);
      await a.evaluate(async () => { for (let n = 1; n <= 3; n++) H.insert('follow', n); await Module.persist.flushed('follow'); });
      const b = await tab();
      assert.equal((await b.evaluate(() => H.open('follow'))).status.writable, false);
      assert.equal(await rows(b, 'follow'), 3);
      // Waits in the reader (no reopen) until it sees `n` rows.
      const sees = (n) => b.evaluate(async (n) => {
        for (let i = 0; i < 200; i++) {
          if (H.number('follow', 'SELECT count(*) FROM t WHERE id > 0') === n) break;
          await new Promise((r) => setTimeout(r, 25));
        }
        return { rows: H.number('follow', 'SELECT count(*) FROM t WHERE id > 0'), integrity: H.integrity('follow'),
          rc: H.insert('follow', 1000), seq: H.status('follow').durableSeq };
      }, n);
      await a.evaluate(async () => { for (let n = 4; n <= 6; n++) H.insert('follow', n); await Module.persist.flushed('follow'); });
      const seen = await sees(6);
      assert.deepEqual({ rows: seen.rows, integrity: seen.integrity, rc: seen.rc }, { rows: 6, integrity: 'ok', rc: SQLITE_READONLY });

      // The reader misses the next commits (deaf), the writer compacts (records folded into the base, then
      // deleted) and commits on: the records the reader lacks are gone, so it reads the whole image.
      await b.evaluate(() => {
        const ch = Module.persist.ws.follow.channel, hear = ch.onmessage;
        window.deaf = true;
        ch.onmessage = (e) => { if (!window.deaf) hear(e); };
      });
      await a.evaluate(async () => {
        const P = Module.persist, st = P.ws.follow;
        P.COMPACT_AT = 1;
        P.compactDelayMs = 10;
        H.fill('follow', 300000);
        await P.flushed('follow');
        for (let i = 0; i < 200 && (st.deltas.size || st.inflight); i++) await new Promise((r) => setTimeout(r, 25));
        P.COMPACT_AT = 256;
      });
      const compacted = await a.evaluate(() => new Promise((resolve) => {
        const tx = Module.persist.ws.follow.idb.transaction('meta');
        tx.objectStore('meta').get('meta').onsuccess = (e) => resolve(e.target.result.seq);
      }));
      assert.ok(compacted > 6, `the base stands for commit ${compacted}`);
      assert.equal(await rows(b, 'follow'), 6, 'the deaf reader has not followed');
      await b.evaluate(() => { window.deaf = false; });
      await a.evaluate(async () => {
        const P = Module.persist;
        H.insert('follow', 7);
        await P.flushed('follow');
      });
      const after = await sees(7);
      assert.deepEqual({ rows: after.rows, integrity: after.integrity, rc: after.rc }, { rows: 7, integrity: 'ok', rc: SQLITE_READONLY });
      assert.equal(after.seq, await a.evaluate(() => H.status('follow').durableSeq));
      await Promise.all([a.close(), b.close()]);
    });
  });
}

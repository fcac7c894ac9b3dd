// Issue 6, the OPFS commit log: a writer's commits are appended to "overblik-ws-<id>.log" by its log worker.
// What must hold: the next writer's claim folds the log into IndexedDB and empties it; a torn, damaged,
// foreign or out-of-order record at the end of the log is never applied; a writer that cannot get the log's
// access handle (another tab still holds it) keeps every logged commit and commits to IndexedDB instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harnessBrowser, skip } from './lib/persist_tabs_lib.mjs';

const tab = harnessBrowser('overblik-log-');

// In the page: the log file's bytes (via getFile, beside any access handle) and the IndexedDB commit records.
const storedState = (page, id) => page.evaluate(async (id) => {
  const P = Module.persist;
  const log = (await P.readLog(id)) || new Uint8Array(0);
  const db = await P.openWorkspaceIdb(id);
  const keys = await P.req(db.transaction('meta').objectStore('meta').getAllKeys(P.records()));
  const meta = await P.req(db.transaction('meta').objectStore('meta').get('meta'));
  db.close();
  return { logBytes: log.length, logRecords: P.parseLog(log).length, idbRecords: keys, meta };
}, id);

const rows = (page, id) => page.evaluate((id) => H.number(id, 'SELECT count(*) FROM t WHERE id > 0'), id);

test('commits go to the log; the next writer folds it into IndexedDB and empties it', { skip, timeout: 60000 }, async () => {
  const a = await tab();
  const opened = await a.evaluate(() => H.open('fold'));
  assert.equal(opened.status.backend, 'log');
  const seq = await a.evaluate(async () => {
    for (let n = 1; n <= 5; n++) H.insert('fold', n);
    await Module.persist.flushed('fold');
    return H.status('fold').durableSeq;
  });
  const before = await storedState(a, 'fold');
  assert.ok(before.logRecords >= 1 && before.logRecords <= 5, `log records: ${before.logRecords}`);
  assert.deepEqual(before.idbRecords, [], 'the commits are in the log, not in IndexedDB');
  assert.equal(before.meta.logToken, before.meta.writer, 'meta names the writer whose log counts');
  await a.close();  // the worker ends with the page: the access handle is free again

  const b = await tab();
  const reopened = await b.evaluate(() => H.open('fold'));
  assert.equal(reopened.status.writable, true);
  assert.equal(reopened.status.backend, 'log');
  assert.equal(reopened.status.durableSeq, seq);
  assert.equal(await rows(b, 'fold'), 5);
  assert.equal(await b.evaluate(() => H.integrity('fold')), 'ok');
  const after = await storedState(b, 'fold');
  assert.equal(after.logRecords, 0, 'the claim emptied the log');
  assert.deepEqual(after.idbRecords, [seq], 'the logged commits became one IndexedDB record');
  await b.close();
});

test('a torn, damaged, foreign or out-of-order record at the end of the log is never applied', { skip, timeout: 60000 }, async () => {
  const a = await tab();
  const results = await a.evaluate(async () => {
    const P = Module.persist, out = {};
    // A record that would overwrite page 1 (the SQLite header) with garbage if it were applied, written
    // after a clean log. Not zeros: the log is zero-filled ahead of its records, so a torn record of zeros
    // would read back whole.
    const cases = {
      applied: (seq, token) => ({ from: seq, to: seq + 1, token }),  // the control: a whole record is applied
      damaged: (seq, token) => ({ from: seq, to: seq + 1, token, flip: true }),
      torn: (seq, token) => ({ from: seq, to: seq + 1, token, cut: 3000 }),
      foreign: (seq) => ({ from: seq, to: seq + 1, token: 'someoneelse' }),
      gap: (seq, token) => ({ from: seq + 5, to: seq + 6, token }),
      // Code from before the log claimed meta (it keeps logToken but names itself writer): the whole log,
      // the clean records too, no longer counts; nothing of it is mixed with that writer's history.
      superseded: (seq, token) => ({ from: seq, to: seq + 1, token, claimedBy: 'oldversion' }),
    };
    for (const [name, make] of Object.entries(cases)) {
      const id = 'torn-' + name;
      await H.open(id);
      for (let n = 1; n <= 3; n++) H.insert(id, n);
      await P.flushed(id);
      const st = P.ws[id], backend = P.status(id).backend, seq = st.durableSeq;
      const size = H.number(id, 'SELECT page_count * page_size FROM pragma_page_count, pragma_page_size');
      const tail = make(seq, st.token);
      H.close(id);
      await P.close(id);  // lets go of the access handle, so this page can write the file itself
      let bytes = new Uint8Array(P.logRecord({ seq: tail.to, size, pages: new Map([[0, new Uint8Array(4096).fill(0xab)]]) }, tail.from, tail.token));
      if (tail.flip) bytes[bytes.length - 1] ^= 1;
      if (tail.cut) bytes = bytes.subarray(0, tail.cut);
      if (tail.claimedBy) {
        const db = await P.openWorkspaceIdb(id), tx = db.transaction('meta', 'readwrite'), store = tx.objectStore('meta');
        const meta = await P.req(store.get('meta'));
        store.put(Object.assign(meta, { writer: tail.claimedBy }), 'meta');
        await P.txDone(tx);
        db.close();
      }
      const file = await (await navigator.storage.getDirectory()).getFileHandle(P.logName(id));
      const clean = await P.readLog(id), records = P.parseLog(clean);
      const w = await file.createWritable({ keepExistingData: true });
      await w.write({ type: 'write', position: records[records.length - 1].end, data: bytes });
      await w.close();
      const r = await H.open(id);  // the next writer's claim reads the log with that tail
      out[name] = { backend, cleanRecords: records.length, rc: r.rc,
        rows: r.rc ? -1 : H.number(id, 'SELECT count(*) FROM t WHERE id > 0'), integrity: r.rc ? '' : H.integrity(id),
        seq: P.status(id).durableSeq - seq };
    }
    return out;
  });
  for (const [name, r] of Object.entries(results)) {
    assert.equal(r.backend, 'log', name);
    assert.ok(r.cleanRecords >= 1, `${name}: the clean log holds the commits`);
    if (name === 'superseded') {
      assert.deepEqual({ rc: r.rc, rows: r.rows, integrity: r.integrity }, { rc: 0, rows: 0, integrity: 'ok' }, 'the log is ignored');
    } else if (name === 'applied') {
      assert.notEqual(r.rc, 0, 'the control: a whole record of this writer is applied (and here destroys the header)');
      assert.equal(r.seq, 1);
    } else {
      assert.deepEqual({ rc: r.rc, rows: r.rows, integrity: r.integrity, seq: r.seq },
        { rc: 0, rows: 3, integrity: 'ok', seq: 0 }, `tail: ${name}`);
    }
  }
  await a.close();
});

test('a writer that cannot get the log keeps every logged commit and writes IndexedDB records', { skip, timeout: 60000 }, async () => {
  const a = await tab();
  assert.equal((await a.evaluate(() => H.open('stuck'))).status.backend, 'log');
  await a.evaluate(async () => {
    for (let n = 1; n <= 3; n++) H.insert('stuck', n);
    await Module.persist.flushed('stuck');
    Module.persist.releaseLog = () => Promise.resolve();  // a stuck tab: hands over but never lets go of the log
  });
  const b = await tab();
  const taken = await b.evaluate(async () => {
    Module.persist.logWaitMs = 300;
    const r = await H.takeOver('stuck');
    const rc = H.insert('stuck', 4);
    await Module.persist.flushed('stuck');
    return { writable: r.status.writable, backend: r.status.backend, rc, label: H.label('stuck'),
      rows: H.number('stuck', 'SELECT count(*) FROM t WHERE id > 0') };
  });
  assert.deepEqual(taken, { writable: true, backend: 'indexeddb', rc: 0, label: 'Gemt', rows: 4 });
  const stored = await storedState(b, 'stuck');
  assert.equal(stored.meta.logToken, '', 'the log no longer counts');
  assert.equal(stored.idbRecords.length, 2, 'the folded log and the new commit');
  await Promise.all([a.close(), b.close()]);

  const c = await tab();
  const again = await c.evaluate(() => H.open('stuck'));
  assert.equal(again.status.backend, 'log', 'once the stuck tab is gone the log is used again');
  assert.equal(await rows(c, 'stuck'), 4);
  assert.equal(await c.evaluate(() => H.integrity('stuck')), 'ok');
  await c.close();
});

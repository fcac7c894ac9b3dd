// The commit log's worker (issue 6), one per tab: holds an OPFS synchronous access handle on each
// workspace log this tab writes ("overblik-ws-<id>.log") and appends commit records to it. A commit is one
// write and one flush here, so it is durable in a fraction of an IndexedDB transaction's time. The page
// builds the records (wasm/js/library_persist.js: logRecord, parseLog); this side only moves bytes.
// An access handle is exclusive: while this tab holds it, no other tab can write the log, which is what
// makes the log safe with one writer (the page closes it before it hands the workspace over).
// The file is kept zero-filled ahead of its records (in 1 MiB steps): a flush after overwriting written blocks
// costs about a third less than one after growing the file. Zeros end the records for the parser.
// Messages {call, op, name, ...} are answered {call, ok, ...} or {call, ok: false, name, message}, strictly
// in order: an append never overtakes the open or reset before it.
'use strict';

const STEP = 1 << 20;
const zeros = new Uint8Array(STEP);
const logs = new Map();  // name -> {handle, size (the records' end; -1 until reset), allocated, lastSeq}
let chain = Promise.resolve();

// Zero-fills [from, to) of the file.
function fill(handle, from, to) {
  for (let at = from; at < to; at += STEP) {
    const n = Math.min(STEP, to - at);
    if (handle.write(zeros.subarray(0, n), {at}) !== n) throw new Error('short write to the commit log');
  }
}

const ops = {
  // Takes the handle (retrying while another tab still holds it, up to waitMs) and returns the log's bytes.
  async open(m) {
    const held = logs.get(m.name);
    if (held) {
      held.handle.close();
      logs.delete(m.name);
    }
    const root = await navigator.storage.getDirectory();
    const file = await root.getFileHandle(m.name, {create: true});
    const t0 = Date.now();
    let handle;
    for (;;) {
      try {
        handle = await file.createSyncAccessHandle();
        break;
      } catch (e) {
        if (e.name !== 'NoModificationAllowedError' || Date.now() - t0 > (m.waitMs || 0)) throw e;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const size = handle.getSize();
    const bytes = new Uint8Array(size);
    if (size && handle.read(bytes, {at: 0}) !== size) throw new Error('short read of the commit log');
    logs.set(m.name, {handle, size: -1, allocated: size, lastSeq: -1});
    return {reply: {bytes: bytes.buffer}, transfer: [bytes.buffer]};
  },
  // Appends one record and flushes. A failed write leaves the log as it was (the end does not move; a torn
  // record is zeroed again), so the page can retry the same commit.
  append(m) {
    const log = logs.get(m.name);
    if (!log) throw {name: 'Superseded', message: 'this tab no longer writes this workspace'};
    if (log.size < 0) throw new Error('the commit log was not reset after its claim');
    const bytes = new Uint8Array(m.buf), end = log.size + bytes.length;
    try {
      if (end > log.allocated) {
        const allocated = Math.ceil(end / STEP) * STEP + STEP;
        fill(log.handle, log.allocated, allocated);
        log.allocated = allocated;
      }
      const written = log.handle.write(bytes, {at: log.size});
      if (written !== bytes.length) throw new Error('short write to the commit log');
      log.handle.flush();
    } catch (e) {
      try { fill(log.handle, log.size, end); } catch (ignored) { /* the parser stops at a torn record anyway */ }
      throw e;
    }
    log.size += bytes.length;
    log.lastSeq = m.seq;
    return {reply: {}};
  },
  // Empties the log once everything in it is in IndexedDB (a claim folded it, or a compaction's base holds
  // commit upTo); a record appended after upTo keeps it. Leaves one step of zeros for the next records.
  reset(m) {
    const log = logs.get(m.name);
    if (!log || log.lastSeq > m.upTo) return {reply: {reset: false}};
    log.size = -1;
    log.handle.truncate(0);
    fill(log.handle, 0, STEP);
    log.handle.flush();
    log.allocated = STEP;
    log.size = 0;
    return {reply: {reset: true}};
  },
  close(m) {
    const log = logs.get(m.name);
    if (log) {
      log.handle.close();
      logs.delete(m.name);
    }
    return {reply: {}};
  },
};

onmessage = (e) => {
  const m = e.data;
  chain = chain.then(async () => {
    try {
      const out = await ops[m.op](m);
      postMessage(Object.assign({call: m.call, ok: true}, out.reply), out.transfer || []);
    } catch (err) {
      postMessage({call: m.call, ok: false, name: (err && err.name) || 'Error', message: (err && err.message) || String(err)});
    }
  });
};

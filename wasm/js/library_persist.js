// Persistence of workspaces in the browser (issue 6). The C++ page VFS (wasm/persist/page_vfs.*) keeps the
// database as an in-memory image; at each commit it hands the changed 4 KiB chunks to
// overblik_persist_commit. Here they are queued and written in order, one at a time (commits made while one
// is in flight merge into the next): as a record of the workspace's OPFS commit log (see below), or as an
// IndexedDB transaction with durability 'strict'. A commit is durable ("Gemt") once its log record is
// flushed or its transaction's oncomplete fired.
//
// One IndexedDB database per workspace ("overblik-ws-<id>"), plus a registry ("overblik-registry": store
// "workspaces" with id, name, created, demo). Layout of a workspace (format 2):
//   meta['meta']   {seq, size, chunk, writer, format: 2, segment}: the base image stands for commit `seq`
//   base[i]        bytes [i*segment, (i+1)*segment) of the base image (4 MiB records: few large values load fast)
//   meta[<seq>]    commit record {size, chunks, data}: the chunks a commit changed, for every seq > meta.seq
//   pages[<chunk>] format 1 only (written before commit records existed): 4 KiB deltas on top of the base
// A commit is ONE record put, so its cost is O(changed pages) and a handful of IPC messages; an idle
// compaction folds the records into the base.
// Where the browser has OPFS access handles, a writer's commits go to the workspace's commit log instead
// ("overblik-ws-<id>.log" in the origin private file system, written by wasm/persist/log_worker.js): one
// write and one flush per commit, about half an IndexedDB transaction's time. Log records carry the seq
// they follow and the writer's token; meta.logToken names the writer whose log counts. A claim folds the
// log into one commit record and empties it; a compaction empties it too. Without access handles (or if
// another tab still holds the log) commits stay IndexedDB records. Format 1 workspaces open as they are (meta.segment absent =
// 1 MiB, pages = deltas at meta.seq) and become format 2 when a writer claims them.
// One writer per workspace: a Web Lock named like the database; a second tab opens read-only and may take
// over (handover over a BroadcastChannel: the old writer flushes, then releases; steal as a fallback). Every
// write transaction checks that meta.writer is this tab (and aborts otherwise, which rolls its writes
// back), so a superseded writer can never tear the database. The JS API is Module.persist (also
// globalThis.overblikPersist).
var LibraryPersist = {
  $Persist__postset: 'Persist.install();',
  $Persist: {
    CHUNK: 4096,
    SEGMENT: 4 << 20,        // base image records: few large values load fast (thousands of 4 KiB ones do not)
    LEGACY_SEGMENT: 1 << 20, // the segment size of workspaces written before meta.segment existed
    COMPACT_AT: 256,         // distinct chunks in commit records after which the base is rewritten (when idle)
    COMPACT_RECORDS: 512,    // or this many commit records
    durability: 'strict',    // IndexedDB flushes to disk before oncomplete: "Gemt" survives a power loss
    REGISTRY: 'overblik-registry',
    ws: {},
    listeners: [],

    install: function() {
      if (typeof Module !== 'undefined') Module['persist'] = Persist;
      if (typeof globalThis !== 'undefined') globalThis['overblikPersist'] = Persist;
      if (typeof addEventListener === 'function') {
        addEventListener('pagehide', function() { Persist.flushAll(); });
      }
      if (typeof document !== 'undefined') {
        document.addEventListener('visibilitychange', function() {
          if (document.visibilityState === 'hidden') Persist.flushAll();
        });
      }
    },

    // Commit records live in the meta store under numeric keys (their seq); 'meta' is a string key.
    records: function() { return IDBKeyRange.bound(-Infinity, Infinity); },
    dbName: function(id) { return 'overblik-ws-' + id; },
    validId: function(id) { return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id); },
    newToken: function() {
      var a = new Uint32Array(2);
      crypto.getRandomValues(a);
      return a[0].toString(36) + a[1].toString(36);
    },
    req: function(r) {
      return new Promise(function(resolve, reject) {
        r.onsuccess = function() { resolve(r.result); };
        r.onerror = function() { reject(r.error); };
      });
    },
    txDone: function(tx) {
      return new Promise(function(resolve, reject) {
        tx.oncomplete = function() { resolve(); };
        tx.onabort = tx.onerror = function() { reject(tx.error || new Error('transaction aborted')); };
      });
    },

    // ---- IndexedDB databases ------------------------------------------------------------------------
    openIdb: function(name, upgrade) {
      return new Promise(function(resolve, reject) {
        var r = indexedDB.open(name, 1);
        r.onupgradeneeded = function() { upgrade(r.result); };
        r.onsuccess = function() { resolve(r.result); };
        r.onerror = function() { reject(r.error); };
        r.onblocked = function() { reject(new Error('database blocked by another tab')); };
      });
    },
    openWorkspaceIdb: function(id) {
      return Persist.openIdb(Persist.dbName(id), function(db) {
        db.createObjectStore('pages');
        db.createObjectStore('meta');
        db.createObjectStore('base');
      });
    },
    openRegistry: function() {
      if (!Persist.registryPromise) {
        Persist.registryPromise = Persist.openIdb(Persist.REGISTRY, function(db) {
          db.createObjectStore('workspaces', {keyPath: 'id'});
        });
      }
      return Persist.registryPromise;
    },

    // ---- per-workspace state ------------------------------------------------------------------------
    state: function(id) {
      var st = Persist.ws[id];
      if (!st) {
        st = Persist.ws[id] = {
          id: id, idb: null, token: Persist.newToken(), writer: false, takenOver: false, handingOver: false,
          queue: [], inflight: null, durableSeq: 0, committedSeq: 0, remoteSeq: 0, deltas: new Set(), records: 0,
          error: null, faults: [], image: null, imageSeq: 0, releaseLock: null, channel: null, retryTimer: 0,
          log: false,  // this tab holds the workspace's commit log (OPFS access handle) and commits there
        };
      }
      return st;
    },
    status: function(id) {
      var st = Persist.ws[id];
      if (!st) return null;
      return {
        id: id, writable: st.writer && !st.handingOver, takenOver: st.takenOver,
        pending: st.queue.length + (st.inflight && !st.inflight.base ? 1 : 0),
        committedSeq: st.committedSeq, durableSeq: st.durableSeq, remoteSeq: st.remoteSeq,
        error: st.error, usage: Persist.usage, quota: Persist.quota, persisted: Persist.persisted,
        backend: st.log ? 'log' : 'indexeddb',
      };
    },
    onStatus: function(fn) { Persist.listeners.push(fn); },
    offStatus: function(fn) { Persist.listeners = Persist.listeners.filter(function(f) { return f !== fn; }); },
    notify: function(st) {
      if (Module['_overblik_wake']) Module['_overblik_wake']();  // the app draws on demand: show the new state
      var s = Persist.status(st.id);
      for (var i = 0; i < Persist.listeners.length; i++) {
        try { Persist.listeners[i](s); } catch (e) { console.error(e); }
      }
    },

    // Opens a workspace: takes the writer lock if free (or by takeover), then loads its committed image.
    // Resolves to the status; the image waits in st.image for the C++ side (overblik_persist_copy_image).
    open: async function(id, options) {
      if (!Persist.validId(id)) throw new Error('invalid workspace id');
      options = options || {};
      var st = Persist.state(id);
      if (!st.idb) {
        st.idb = await Persist.openWorkspaceIdb(id);
        // Another tab deletes this workspace: a reader lets go (else the deletion would wait for this tab).
        var idb = st.idb;
        idb.onversionchange = function() { if (!st.writer) { idb.close(); if (st.idb === idb) st.idb = null; } };
      }
      Persist.listen(st);
      if (!st.writer) {
        if (options.takeOver) await Persist.requestHandover(st);
        await Persist.acquire(st, !!options.takeOver);
      }
      await Persist.load(st);
      if (st.writer) Persist.scheduleCompaction(st);  // records left from the last session
      if (st.writer && !options.demo) Persist.requestPersistence();
      Persist.refreshEstimate();
      Persist.notify(st);
      return Persist.status(id);
    },
    takeOver: function(id) { return Persist.open(id, {takeOver: true}); },

    acquire: function(st, steal) {
      return new Promise(function(resolve) {
        var opts = steal ? {steal: true} : {ifAvailable: true};
        navigator.locks.request(Persist.dbName(st.id), opts, function(lock) {
          if (!lock) { resolve(false); return; }
          st.writer = true; st.takenOver = false; st.handingOver = false;
          resolve(true);
          return new Promise(function(release) { st.releaseLock = release; });
        }).catch(function() {
          // Stolen by another tab: from now on this tab is read-only and never writes again.
          Persist.loseWriter(st);
        });
      });
    },
    loseWriter: function(st) {
      if (!st.writer) return;
      st.writer = false; st.takenOver = true; st.handingOver = false;
      Persist.releaseLog(st);
      Persist.notify(st);
    },
    listen: function(st) {
      if (st.channel || typeof BroadcastChannel === 'undefined') return;
      st.channel = new BroadcastChannel(Persist.dbName(st.id));
      st.channel.onmessage = function(e) {
        var m = e.data || {};
        if (m.type === 'handover' && st.writer) Persist.handOver(st);
        if (m.type === 'committed' && !st.writer) { st.remoteSeq = m.seq; Persist.notify(st); Persist.follow(st); }
      };
    },
    // Old writer: stop taking writes, let every queued commit become durable, then release the lock.
    handOver: async function(st) {
      st.handingOver = true;
      Persist.notify(st);
      await Persist.flushed(st.id, 3000).catch(function() {});
      await Persist.releaseLog(st);  // the next writer can take the log's access handle
      if (st.releaseLock) st.releaseLock();
      st.releaseLock = null;
      Persist.loseWriter(st);
      st.channel.postMessage({type: 'released'});
    },
    requestHandover: function(st) {
      if (!st.channel) return Promise.resolve();
      return new Promise(function(resolve) {
        var done = false;
        var finish = function() { if (!done) { done = true; st.channel.removeEventListener('message', onMsg); resolve(); } };
        var onMsg = function(e) { if (e.data && e.data.type === 'released') finish(); };
        st.channel.addEventListener('message', onMsg);
        st.channel.postMessage({type: 'handover'});
        setTimeout(finish, 4000);  // a frozen or crashed writer: steal anyway (its writes are fenced)
      });
    },

    // Reads the committed image. A writer reads and claims (meta.writer = its token, format 2) in ONE
    // readwrite transaction, so a write of a superseded writer is either fully before the read or fenced
    // after it. The image stays in parts (views of the records read) until the C++ side copies them into
    // its file (overblik_persist_take_image): no whole-image copy in JS.
    // The commit log is read first: a writer takes its access handle (waiting while the last writer lets
    // go), so nobody else appends; a reader reads it beside the writer, before IndexedDB, since a compaction
    // writes IndexedDB first and empties the log after. The claim folds the log's records into one commit
    // record and names this tab's log in meta.logToken; then the log is emptied.
    load: async function(st) {
      var logBytes = null;
      st.log = false;
      if (st.writer) st.token = Persist.newToken();  // each claim is a new history in the log
      if (st.writer && Persist.useLog !== false) {
        try {
          var opened = await Persist.logCall({op: 'open', name: Persist.logName(st.id), waitMs: Persist.logWaitMs || 3000});
          logBytes = new Uint8Array(opened.bytes);
          st.log = true;
        } catch (e) {
          // No access handles here, or a stuck tab still holds the log: commit to IndexedDB records.
        }
      }
      if (!st.log) logBytes = await Persist.readLog(st.id);
      var logRecords = logBytes ? Persist.parseLog(logBytes) : [];
      var tx = st.idb.transaction(['pages', 'meta', 'base'], st.writer ? 'readwrite' : 'readonly', {durability: 'strict'});
      var done = Persist.txDone(tx);
      var metaStore = tx.objectStore('meta'), pagesStore = tx.objectStore('pages'), baseStore = tx.objectStore('base');
      var metaP = Persist.req(metaStore.get('meta'));
      var recKeysP = Persist.req(metaStore.getAllKeys(Persist.records()));
      var recValsP = Persist.req(metaStore.getAll(Persist.records()));
      var baseKeysP = Persist.req(baseStore.getAllKeys());
      var baseValsP = Persist.req(baseStore.getAll());
      var keysP = Persist.req(pagesStore.getAllKeys());
      var valsP = Persist.req(pagesStore.getAll());
      var meta = await metaP;
      // Commit records count only if the last meta write was format 2: an older version of this code that
      // wrote meta after them (it knows no records) makes them stale.
      var current = !!meta && meta.format === 2;
      if (st.writer) {
        var m = Object.assign({seq: 0, size: 0, chunk: Persist.CHUNK}, meta || {});
        if (!current) m.segment = meta ? (meta.segment || Persist.LEGACY_SEGMENT) : Persist.SEGMENT;
        m.writer = st.token; m.format = 2; m.logToken = st.log ? st.token : '';
        if (!current) metaStore.delete(Persist.records());
        metaStore.put(m, 'meta');
      }
      var recKeys = await recKeysP, recVals = await recValsP;
      var baseKeys = await baseKeysP, baseVals = await baseValsP, keys = await keysP, vals = await valsP;
      // Still inside the transaction: the claim keeps the log's commits as one record.
      var logged = Persist.logBatch(logRecords, Persist.lastRecord(recKeys, meta ? meta.seq : 0, current), Persist.logOwner(meta));
      if (st.writer && logged) metaStore.put(Persist.record(logged), logged.seq);
      await done;
      var baseSize = meta ? meta.size : 0, segment = (meta && meta.segment) || Persist.LEGACY_SEGMENT;
      var parts = [], size = baseSize, seq = meta ? meta.seq : 0;
      var clip = function(off, bytes, limit) {
        if (off < limit) parts.push({off: off, bytes: bytes.subarray(0, Math.min(bytes.length, limit - off))});
      };
      for (var j = 0; j < baseKeys.length; j++) clip(baseKeys[j] * segment, Persist.bytes(baseVals[j]), baseSize);
      for (var i = 0; i < keys.length; i++) clip(keys[i] * Persist.CHUNK, Persist.bytes(vals[i]), baseSize);
      var deltas = new Set(keys), records = 0;
      if (current) {
        for (var r = 0; r < recKeys.length; r++) {
          if (recKeys[r] <= seq) continue;
          var rec = recVals[r], data = Persist.bytes(rec.data);
          size = rec.size; seq = recKeys[r]; records++;
          for (var c = 0; c < rec.chunks.length; c++) {
            clip(rec.chunks[c] * Persist.CHUNK, data.subarray(c * Persist.CHUNK, (c + 1) * Persist.CHUNK), size);
            deltas.add(rec.chunks[c]);
          }
        }
      }
      if (logged) {
        size = logged.size; seq = logged.seq; records++;
        logged.pages.forEach(function(bytes, chunk) { clip(chunk * Persist.CHUNK, bytes, size); deltas.add(chunk); });
      }
      // Appends go after the records only once the log is emptied; if it cannot be (quota), use IndexedDB.
      if (st.log) await Persist.logCall({op: 'reset', name: Persist.logName(st.id), upTo: seq}).catch(function() { return Persist.releaseLog(st); });
      st.image = {size: size, seq: seq, parts: parts};
      st.imageSeq = seq;
      st.deltas = deltas;  // distinct chunks stored outside the base
      st.records = records;
      st.queue = []; st.inflight = null; st.error = null;
      st.durableSeq = st.committedSeq = seq;
    },
    // The writer whose log counts, or null. Only the writer that claimed with the log (or compacted since)
    // owns it: a claim without it (a stuck holder) sets logToken '', and code from before the log keeps
    // logToken but names itself writer, so its own commit records are never mixed with the log's.
    logOwner: function(meta) {
      return meta && meta.format === 2 && meta.logToken && meta.logToken === meta.writer ? meta.logToken : null;
    },
    // The seq the IndexedDB commit records reach (they continue meta.seq without gaps).
    lastRecord: function(keys, seq, current) {
      if (!current) return seq;
      for (var i = 0; i < keys.length; i++) if (keys[i] > seq) seq = keys[i];
      return seq;
    },
    // The log records of writer `token` that continue commit `seq`, as one batch (later chunks win), or null.
    logBatch: function(records, seq, token) {
      var pages = new Map(), last = null;
      Persist.replayLog(records, seq, token, function(rec) {
        last = rec;
        for (var c = 0; c < rec.chunks.length; c++) {
          pages.set(rec.chunks[c], rec.data.subarray(c * Persist.CHUNK, (c + 1) * Persist.CHUNK));
        }
      });
      return last ? {seq: last.seq, size: last.size, pages: pages} : null;
    },
    // A stored value as bytes without copying (format 1 stored Uint8Arrays, format 2 ArrayBuffers).
    bytes: function(v) { return v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength); },
    // A read-only tab follows the writer's commits: reads the records newer than its image (or, if a
    // compaction folded them into the base meanwhile, the whole image) and writes them into the C++ side's
    // image in place, once no connection is inside a transaction. SQLite notices the changed header on its
    // next read; the app redraws. Runs one at a time; a commit announced meanwhile triggers another pass.
    follow: async function(st) {
      if (st.following) { st.followAgain = true; return; }
      var target = Module['_overblik_persist_refresh_target'];
      if (!target || st.writer || !st.idb || st.image) return;
      // A tab that lost the lock with commits that never became durable keeps its image (mixing the new
      // writer's pages into it would tear it); it shows the take-over banner and reloads on "Overtag".
      if (st.queue.length || st.inflight || st.committedSeq !== st.durableSeq) return;
      st.following = true;
      try {
        do {
          st.followAgain = false;
          var image = await Persist.newerImage(st);
          if (!image) continue;
          var applied = false;
          for (var tries = 0; ; tries++) {
            if (st.writer || st.image || !st.idb) return;  // took over or reloading: that load wins
            var name = allocateUTF8(st.id), dst = target(name, image.size, image.seq);
            _free(name);
            if (dst) { Persist.assemble(image, HEAPU8, dst); applied = true; break; }
            if (image.seq <= st.imageSeq || tries > 200) break;  // nothing newer, or never idle: give up
            await new Promise(function(r) { setTimeout(r, 25); });
          }
          // Only an applied image moves the tab on: records skipped here must come with the next pass.
          if (applied && image.seq > st.imageSeq) st.imageSeq = st.durableSeq = st.committedSeq = image.seq;
          Persist.notify(st);
        } while (st.followAgain);
      } catch (e) {
        console.error('persist follow: ' + e);
      } finally {
        st.following = false;
      }
    },
    // The commits a reader lacks as image parts, or null if there are none.
    newerImage: async function(st) {
      var since = st.imageSeq;
      var logBytes = await Persist.readLog(st.id);  // before IndexedDB: see load
      var tx = st.idb.transaction(['meta'], 'readonly');
      var store = tx.objectStore('meta');
      var metaP = Persist.req(store.get('meta'));
      var keysP = Persist.req(store.getAllKeys(IDBKeyRange.bound(since, Infinity, true)));
      var valsP = Persist.req(store.getAll(IDBKeyRange.bound(since, Infinity, true)));
      var meta = await metaP, keys = await keysP, vals = await valsP;
      if (!meta || meta.format !== 2) return null;
      if (meta.seq > since) {  // compacted past this image: read it all
        var probe = {id: st.id, idb: st.idb, writer: false};
        await Persist.load(probe);
        return probe.image.seq > since ? probe.image : null;
      }
      var parts = [], size = 0, seq = since;
      for (var r = 0; r < keys.length; r++) {
        var data = Persist.bytes(vals[r].data), chunks = vals[r].chunks;
        size = vals[r].size; seq = keys[r];
        for (var c = 0; c < chunks.length; c++) {
          parts.push({off: chunks[c] * Persist.CHUNK, bytes: data.subarray(c * Persist.CHUNK, (c + 1) * Persist.CHUNK)});
        }
      }
      var logged = logBytes && Persist.logBatch(Persist.parseLog(logBytes), seq, Persist.logOwner(meta));
      if (logged) {
        size = logged.size; seq = logged.seq;
        logged.pages.forEach(function(bytes, chunk) { parts.push({off: chunk * Persist.CHUNK, bytes: bytes}); });
      }
      return seq > since ? {size: size, seq: seq, parts: parts} : null;
    },
    // Copies an image's parts into `target` at `offset` (the wasm heap, or a new array for an export).
    assemble: function(image, target, offset) {
      for (var i = 0; i < image.parts.length; i++) {
        var p = image.parts[i];
        if (p.off < image.size) target.set(p.bytes.subarray(0, Math.min(p.bytes.length, image.size - p.off)), offset + p.off);
      }
    },

    // ---- the commit log (OPFS) --------------------------------------------------------------------
    // A record: magic, total length, crc32 of the rest, chunk count, from (the seq it follows), seq, image
    // size (f64), the writer's token (16 bytes ASCII), the chunk numbers (u32), their bytes. Little endian.
    LOG_MAGIC: 0x314c424f,  // "OBL1"
    LOG_HEADER: 56,
    logName: function(id) { return Persist.dbName(id) + '.log'; },
    crcTable: null,
    crc32: function(u8, start, end) {
      var t = Persist.crcTable;
      if (!t) {
        t = Persist.crcTable = new Int32Array(256);
        for (var n = 0; n < 256; n++) {
          var c = n;
          for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
          t[n] = c;
        }
      }
      var crc = -1;
      for (var i = start; i < end; i++) crc = t[(crc ^ u8[i]) & 0xff] ^ (crc >>> 8);
      return (crc ^ -1) >>> 0;
    },
    // The log record of `batch`, which follows commit `from`, written by the writer `token`.
    logRecord: function(batch, from, token) {
      var C = Persist.CHUNK, H = Persist.LOG_HEADER, chunks = [], kept = [];
      batch.pages.forEach(function(v, k) { if (k * C < batch.size) { chunks.push(k); kept.push(v); } });
      var n = chunks.length, total = H + 4 * n + n * C, buf = new ArrayBuffer(total);
      var dv = new DataView(buf), u8 = new Uint8Array(buf);
      dv.setUint32(0, Persist.LOG_MAGIC, true);
      dv.setUint32(4, total, true);
      dv.setUint32(12, n, true);
      dv.setFloat64(16, from, true);
      dv.setFloat64(24, batch.seq, true);
      dv.setFloat64(32, batch.size, true);
      for (var t = 0; t < token.length && t < 16; t++) u8[40 + t] = token.charCodeAt(t);
      for (var i = 0; i < n; i++) {
        dv.setUint32(H + 4 * i, chunks[i], true);
        u8.set(kept[i], H + 4 * n + i * C);
      }
      dv.setUint32(8, Persist.crc32(u8, 12, total), true);
      return buf;
    },
    // The log's records up to the first torn or foreign one (views into `bytes`, no copies).
    parseLog: function(bytes) {
      var out = [], off = 0, C = Persist.CHUNK, H = Persist.LOG_HEADER;
      var dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      while (bytes.length - off >= H) {
        var total = dv.getUint32(off + 4, true), n = dv.getUint32(off + 12, true);
        if (dv.getUint32(off, true) !== Persist.LOG_MAGIC || total > bytes.length - off || total !== H + 4 * n + n * C) break;
        if (dv.getUint32(off + 8, true) !== Persist.crc32(bytes, off + 12, off + total)) break;
        var token = '';
        for (var t = 40; t < 56 && bytes[off + t]; t++) token += String.fromCharCode(bytes[off + t]);
        var chunks = [];
        for (var i = 0; i < n; i++) chunks.push(dv.getUint32(off + H + 4 * i, true));
        out.push({from: dv.getFloat64(off + 16, true), seq: dv.getFloat64(off + 24, true), size: dv.getFloat64(off + 32, true),
                  token: token, chunks: chunks, data: bytes.subarray(off + H + 4 * n, off + total), end: off + total});
        off += total;
      }
      return out;
    },
    // Calls `apply` for each record of writer `token` that continues the history from `seq`, in order;
    // returns the last seq reached. Older records are in the base already; a gap ends the history.
    replayLog: function(records, seq, token, apply) {
      for (var i = 0; i < records.length; i++) {
        var rec = records[i];
        if (!token || rec.token !== token || rec.seq <= seq) continue;
        if (rec.from !== seq) break;
        apply(rec);
        seq = rec.seq;
      }
      return seq;
    },
    // The log as another tab sees it (read-only, beside the writer's access handle), or null if there is
    // none. The writer may append while it is read: a changed file reads as NotReadableError, so retry.
    readLog: async function(id) {
      if (typeof navigator === 'undefined' || !navigator.storage || !navigator.storage.getDirectory) return null;
      var file;
      try {
        file = await (await navigator.storage.getDirectory()).getFileHandle(Persist.logName(id));
      } catch (e) {
        if (e && (e.name === 'NotFoundError' || e.name === 'SecurityError')) return null;  // no log written here
        throw e;
      }
      for (var tries = 0; ; tries++) {
        try {
          return new Uint8Array(await (await file.getFile()).arrayBuffer());
        } catch (e) {
          if (!e || e.name !== 'NotReadableError' || tries > 50) throw e;
          await new Promise(function(r) { setTimeout(r, 10); });
        }
      }
    },
    // A request to the log worker (one per tab, started on first use); resolves to its answer. A worker
    // that cannot start (no script, no OPFS) rejects every call, and commits stay in IndexedDB.
    logCall: function(msg, transfer) {
      var w = Persist.logWorker;
      if (w === false) return Promise.reject(new Error('no commit log worker'));
      if (!w) {
        try {
          w = Persist.logWorker = new Worker(Persist.logWorkerUrl || 'persist_log_worker.js');
        } catch (e) {
          Persist.logWorker = false;
          return Promise.reject(e);
        }
        Persist.logCalls = {};
        w.onmessage = function(e) {
          var d = e.data, call = Persist.logCalls[d.call];
          delete Persist.logCalls[d.call];
          if (call) d.ok ? call.resolve(d) : call.reject({name: d.name, message: d.message});
        };
        w.onerror = function(e) {
          e.preventDefault();
          Persist.logWorker = false;
          var calls = Persist.logCalls;
          Persist.logCalls = {};
          for (var k in calls) calls[k].reject(new Error('commit log worker failed: ' + (e.message || 'not loaded')));
        };
      }
      return new Promise(function(resolve, reject) {
        msg.call = Persist.logNext = (Persist.logNext || 0) + 1;
        Persist.logCalls[msg.call] = {resolve: resolve, reject: reject};
        w.postMessage(msg, transfer || []);
      });
    },
    // Lets go of the log (handover, lost lock, close); resolves when the access handle is closed.
    releaseLog: function(st) {
      if (!st.log) return Promise.resolve();
      st.log = false;
      return Persist.logCall({op: 'close', name: Persist.logName(st.id)}).catch(function() {});
    },

    // ---- commits ------------------------------------------------------------------------------------
    commit: function(id, seq, size, pages) {
      var st = Persist.ws[id];
      if (!st) return;
      st.queue.push({seq: seq, size: size, pages: pages});
      st.committedSeq = seq;
      Persist.pump(st, false);
      Persist.notify(st);
    },
    // Several queued commits as one: the union of their chunks (later ones win) and the last size and seq.
    merge: function(batches) {
      var pages = new Map();
      for (var i = 0; i < batches.length; i++) batches[i].pages.forEach(function(v, k) { pages.set(k, v); });
      var last = batches[batches.length - 1];
      return {seq: last.seq, size: last.size, pages: pages};
    },
    // The commit record stored under its seq: the chunk numbers and their bytes in one buffer.
    record: function(batch) {
      var C = Persist.CHUNK, chunks = [], kept = [];
      batch.pages.forEach(function(v, k) { if (k * C < batch.size) { chunks.push(k); kept.push(v); } });
      var data = new Uint8Array(chunks.length * C);
      for (var i = 0; i < kept.length; i++) data.set(kept[i], i * C);
      return {size: batch.size, chunks: chunks, data: data.buffer};
    },
    // Writes the queued commits as ONE transaction, one at a time (commits made meanwhile merge into the
    // next), so the records in IndexedDB are always a gap-free history: a record is written only when every
    // earlier commit is durable. The transaction holds two requests: the fence (read meta, abort unless
    // this tab is still the writer) and the record. The record is queued at once, not in the read's
    // callback; aborting in that callback rolls it back, and it saves a round trip to the IndexedDB backend.
    // `urgent` (page hidden) skips a pending retry delay.
    pump: function(st, urgent) {
      if (!st.idb || !st.writer || st.queue.length === 0 || st.inflight) return;
      if (st.retryTimer) {
        if (!urgent) return;
        clearTimeout(st.retryTimer);
        st.retryTimer = 0;
      }
      var batch = Persist.merge(st.queue);
      st.queue = [];
      if (st.log) Persist.append(st, batch);
      else Persist.write(st, batch, function(store) { store.put(Persist.record(batch), batch.seq); });
    },
    // One commit record appended to the log and flushed by the log worker (it continues the durable seq).
    append: function(st, batch) {
      st.inflight = batch;
      var fault = st.faults.length ? {name: st.faults.shift(), message: 'simulated failure'} : null;
      var buf = fault ? null : Persist.logRecord(batch, st.durableSeq, st.token);
      var sent = fault ? Promise.reject(fault) : Persist.logCall({op: 'append', name: Persist.logName(st.id), buf: buf, seq: batch.seq}, [buf]);
      sent.then(function() { Persist.landed(st, batch); }, function(e) { Persist.failed(st, batch, e); });
    },
    // A batch is durable (its transaction completed, or its log record is flushed): say so and go on.
    landed: function(st, batch) {
      st.inflight = null;
      if (batch.base) {
        st.deltas = new Set(); st.records = 0;
        // The base holds every logged commit now; posted before the next append, so it cannot cut one off.
        // If it cannot be emptied (quota), the next commits go to IndexedDB records: the log holds nothing newer.
        if (st.log) Persist.logCall({op: 'reset', name: Persist.logName(st.id), upTo: batch.seq}).catch(function() { Persist.releaseLog(st); });
      } else {
        st.durableSeq = Math.max(st.durableSeq, batch.seq);
        batch.pages.forEach(function(v, k) { st.deltas.add(k); });
        st.records++;
        if (st.channel) st.channel.postMessage({type: 'committed', seq: batch.seq});
      }
      st.error = null;
      Persist.scheduleCompaction(st);
      Persist.notify(st);
      Persist.pump(st, false);
    },
    // One fenced readwrite transaction for `batch` (a commit, or a compaction); `fill` queues its writes.
    write: function(st, batch, fill) {
      var token = st.token, failure = null, tx;
      st.inflight = batch;
      try {
        tx = st.idb.transaction(batch.base ? ['pages', 'meta', 'base'] : ['meta'], 'readwrite', {durability: Persist.durability});
      } catch (e) {
        Persist.failed(st, batch, e);
        return;
      }
      var metaStore = tx.objectStore('meta');
      metaStore.get('meta').onsuccess = function(e) {
        var m = e.target.result;
        if (!m || m.writer !== token || m.format !== 2) {
          failure = {name: 'Superseded', message: 'another tab writes this workspace'};
          tx.abort();
        } else if (st.faults.length) {
          failure = {name: st.faults.shift(), message: 'simulated failure'};
          tx.abort();
        }
      };
      try {
        fill(metaStore, tx);
      } catch (e) {
        failure = e;
        tx.abort();
      }
      tx.oncomplete = function() { Persist.landed(st, batch); };
      tx.onabort = function() { Persist.failed(st, batch, failure || tx.error || {name: 'AbortError', message: 'aborted'}); };
    },
    // When idle and many commit records piled up, rewrite the base image from the C++ side's committed
    // image (one transaction, O(database), rare) and drop the records it contains, so a cold open reads a
    // few large records instead of thousands of small ones.
    scheduleCompaction: function(st) {
      if (st.compactTimer || !st.deltas || (st.deltas.size < Persist.COMPACT_AT && st.records < Persist.COMPACT_RECORDS)) return;
      st.compactTimer = setTimeout(function() {
        st.compactTimer = 0;
        if (!st.writer || st.handingOver || st.image || st.queue.length || st.inflight || st.retryTimer) {
          return Persist.scheduleCompaction(st);
        }
        var view = Persist.committedImage(st.id);
        if (!view || view.seq !== st.durableSeq) return Persist.scheduleCompaction(st);  // a write is open
        var S = Persist.SEGMENT, segments = [];
        for (var s = 0; s * S < view.bytes.length; s++) segments.push(view.bytes.slice(s * S, (s + 1) * S));
        var batch = {seq: view.seq, size: view.bytes.length, base: true};
        Persist.write(st, batch, function(metaStore, tx) {
          var baseStore = tx.objectStore('base');
          for (var i = 0; i < segments.length; i++) baseStore.put(segments[i].buffer, i);
          baseStore.delete(IDBKeyRange.lowerBound(segments.length));
          tx.objectStore('pages').clear();  // deltas of the format-1 layout
          metaStore.delete(IDBKeyRange.bound(-Infinity, batch.seq));
          metaStore.put({seq: batch.seq, size: batch.size, chunk: Persist.CHUNK, writer: st.token, format: 2, segment: S,
                         logToken: st.log ? st.token : ''}, 'meta');
        });
      }, Persist.compactDelayMs || 1500);
    },
    // The C++ side's image of a workspace (a view into the wasm heap: copy before the next call into wasm)
    // and its commit seq; null while it holds uncommitted writes.
    committedImage: function(id) {
      var fn = Module['_overblik_persist_image_view'];
      if (!fn) return null;
      var name = allocateUTF8(id), out = _malloc(16), view = null;
      if (fn(name, out)) {
        var ptr = HEAPF64[out >> 3], size = HEAPF64[(out >> 3) + 1];
        view = {bytes: HEAPU8.subarray(ptr, ptr + size), seq: HEAPF64[(out >> 3) + 2]};
      }
      _free(name); _free(out);
      return view;
    },
    // A failed commit goes back to the front of the queue (merged with what came since) and is retried on a
    // timer; IndexedDB keeps the last durable state, and the app keeps running with the error shown. A
    // failed compaction is just dropped (it holds no commit) and tried again later.
    failed: function(st, batch, err) {
      st.inflight = null;
      if (!batch.base) st.queue.unshift(batch);
      if (err && err.name === 'Superseded') {
        Persist.loseWriter(st);
      } else {
        var quota = err && err.name === 'QuotaExceededError';
        st.error = {
          code: quota ? 'quota' : 'io', name: err && err.name || 'Error',
          message: quota ? 'Browserens lager er fuldt: ændringerne er ikke gemt. Det sidst gemte er uændret.'
                         : 'Ændringerne kunne ikke gemmes: ' + (err && err.message || 'ukendt fejl'),
        };
        if (st.writer && !st.retryTimer) {
          st.retryTimer = setTimeout(function() {
            st.retryTimer = 0;
            Persist.pump(st, false);
            Persist.scheduleCompaction(st);
          }, Persist.retryMs || 2000);
        }
      }
      Persist.notify(st);
    },
    refreshAppList: function() {
      return Persist.list().then(function(list) {
        Persist.appList = JSON.stringify(list.map(function(w) {
          return {id: w.id, name: w.name, demo: !!w.demo, active: w.id === Persist.active};
        }));
      }, function(e) { Persist.appMessage = 'error:' + (e && e.message || e); })
      .then(function() { if (Module['_overblik_wake']) Module['_overblik_wake'](); });
    },
    flushAll: function() {
      for (var id in Persist.ws) Persist.pump(Persist.ws[id], true);
    },
    // Resolves when nothing of `id` waits to be written (rejects after timeoutMs).
    flushed: function(id, timeoutMs) {
      var st = Persist.ws[id];
      return new Promise(function(resolve, reject) {
        var t0 = Date.now();
        (function check() {
          if (!st || (!st.queue.length && !st.inflight)) return resolve();
          if (timeoutMs && Date.now() - t0 > timeoutMs) return reject(new Error('not flushed'));
          Persist.pump(st, true);
          setTimeout(check, 5);
        })();
      });
    },
    injectFault: function(id, name, count) {
      var st = Persist.state(id);
      for (var i = 0; i < (count || 1); i++) st.faults.push(name || 'QuotaExceededError');
    },
    close: function(id) {
      var st = Persist.ws[id];
      if (!st) return Promise.resolve();
      var released = Persist.releaseLog(st);
      if (st.releaseLock) st.releaseLock();
      if (st.channel) st.channel.close();
      if (st.idb) st.idb.close();
      if (st.retryTimer) clearTimeout(st.retryTimer);
      if (st.compactTimer) clearTimeout(st.compactTimer);
      delete Persist.ws[id];
      return released;
    },

    // ---- storage ------------------------------------------------------------------------------------
    usage: 0, quota: 0, persisted: false,
    requestPersistence: function() {
      if (!navigator.storage || !navigator.storage.persist || Persist.persistAsked) return;
      Persist.persistAsked = true;
      navigator.storage.persisted().then(function(p) {
        return p || navigator.storage.persist();
      }).then(function(p) { Persist.persisted = !!p; }).catch(function() {});
    },
    refreshEstimate: function() {
      if (!navigator.storage || !navigator.storage.estimate) return Promise.resolve();
      return navigator.storage.estimate().then(function(e) {
        Persist.usage = e.usage || 0; Persist.quota = e.quota || 0;
      }).catch(function() {});
    },

    // ---- registry: several workspaces side by side ---------------------------------------------------
    list: async function() {
      var db = await Persist.openRegistry();
      var all = await Persist.req(db.transaction('workspaces').objectStore('workspaces').getAll());
      return all.sort(function(a, b) { return a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id); });
    },
    create: async function(name, options) {
      options = options || {};
      name = String(name || '').trim();
      if (!name) throw new Error('a workspace needs a name');
      var id = options.id || ('w' + Persist.newToken());
      if (!Persist.validId(id)) throw new Error('invalid workspace id');
      var db = await Persist.openRegistry();
      var tx = db.transaction('workspaces', 'readwrite', {durability: 'strict'});
      tx.objectStore('workspaces').put({id: id, name: name, created: Date.now(), demo: !!options.demo});
      await Persist.txDone(tx);
      return id;
    },
    rename: async function(id, name) {
      name = String(name || '').trim();
      if (!name) throw new Error('a workspace needs a name');
      var db = await Persist.openRegistry();
      var tx = db.transaction('workspaces', 'readwrite', {durability: 'strict'});
      var store = tx.objectStore('workspaces');
      var rec = await Persist.req(store.get(id));
      if (!rec) throw new Error('no such workspace');
      rec.name = name;
      store.put(rec);
      await Persist.txDone(tx);
    },
    // Deletes a workspace for good. The caller must pass {confirmed: true} after asking the person;
    // refused while another tab has it open for writing.
    remove: async function(id, options) {
      if (!options || options.confirmed !== true) throw new Error('deleting a workspace needs confirmation');
      var st = Persist.ws[id];
      var mine = st && st.writer;
      if (!mine) {
        var got = await navigator.locks.request(Persist.dbName(id), {ifAvailable: true}, function(lock) { return !!lock; });
        if (!got) throw new Error('the workspace is open in another tab');
      }
      await Persist.close(id);
      await new Promise(function(resolve, reject) {
        var r = indexedDB.deleteDatabase(Persist.dbName(id));
        r.onsuccess = function() { resolve(); };
        r.onerror = function() { reject(r.error); };
      });
      if (navigator.storage && navigator.storage.getDirectory) {
        await navigator.storage.getDirectory().then(function(root) { return root.removeEntry(Persist.logName(id)); })
          .catch(function() {});  // no log, or no OPFS here
      }
      var db = await Persist.openRegistry();
      var tx = db.transaction('workspaces', 'readwrite', {durability: 'strict'});
      tx.objectStore('workspaces').delete(id);
      await Persist.txDone(tx);
    },

    // ---- backup and restore --------------------------------------------------------------------------
    // The durable image of a workspace as a raw SQLite file (read from IndexedDB, not from memory).
    exportRaw: async function(id) {
      var db = await Persist.openWorkspaceIdb(id);
      try {
        var probe = {id: id, idb: db, writer: false};
        await Persist.load(probe);
        var bytes = new Uint8Array(probe.image.size);
        Persist.assemble(probe.image, bytes, 0);
        return bytes;
      } finally {
        db.close();
      }
    },
    // Writes a validated image (a restored backup) as the whole content of a new, empty workspace, in one
    // transaction. Refuses a workspace that already has content.
    writeImage: async function(id, bytes) {
      if (!Persist.validId(id)) throw new Error('invalid workspace id');
      var db = await Persist.openWorkspaceIdb(id);
      try {
        var tx = db.transaction(['pages', 'meta', 'base'], 'readwrite', {durability: 'strict'});
        var done = Persist.txDone(tx);
        var meta = await Persist.req(tx.objectStore('meta').get('meta'));
        if (meta && meta.size > 0) { tx.abort(); throw new Error('the workspace is not empty'); }
        var base = tx.objectStore('base'), S = Persist.SEGMENT;
        for (var s = 0; s * S < bytes.length; s++) base.put(bytes.slice(s * S, (s + 1) * S).buffer, s);
        tx.objectStore('meta').put({seq: 1, size: bytes.length, chunk: Persist.CHUNK, writer: '', format: 2, segment: S}, 'meta');
        await done;
      } finally {
        db.close();
      }
    },
    download: function(filename, bytes, mime) {
      var blob = new Blob([bytes], {type: mime || 'application/octet-stream'});
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function() { URL.revokeObjectURL(a.href); }, 10000);
    },
    // 'sqlite' (raw file: checked again by SQLite's integrity_check before use), 'json' (snapshot) or null.
    sniff: function(bytes) {
      var magic = 'SQLite format 3\0';
      if (bytes.length >= 512 && bytes.length % 512 === 0) {
        var ok = true;
        for (var i = 0; i < 16; i++) if (bytes[i] !== magic.charCodeAt(i)) { ok = false; break; }
        if (ok) return 'sqlite';
      }
      var i2 = 0;
      while (i2 < bytes.length && (bytes[i2] === 0x20 || bytes[i2] === 0x0a || bytes[i2] === 0x0d || bytes[i2] === 0x09 || bytes[i2] === 0xef || bytes[i2] === 0xbb || bytes[i2] === 0xbf)) i2++;
      return bytes[i2] === 0x7b ? 'json' : null;
    },
    // Stages a picked or dropped file for import: the C++ side takes it (overblik_persist_take_import),
    // validates it and, if good, creates the new workspace from it.
    imports: [],
    stageImport: async function(file) {
      var bytes = new Uint8Array(await file.arrayBuffer());
      var kind = Persist.sniff(bytes);
      var item = {name: (file.name || 'Importeret').replace(/\.(sqlite3?|db|json)$/i, ''), bytes: bytes, kind: kind};
      Persist.imports.push(item);
      if (Module['_overblik_wake']) Module['_overblik_wake']();
      return item;
    },
    // Drag and drop on the page and a hidden file picker (Persist.pickFile()) both stage imports.
    installImportTargets: function(target) {
      target = target || document.body;
      target.addEventListener('dragover', function(e) { e.preventDefault(); });
      target.addEventListener('drop', function(e) {
        e.preventDefault();
        var files = e.dataTransfer && e.dataTransfer.files;
        for (var i = 0; files && i < files.length; i++) Persist.stageImport(files[i]);
      });
    },
    pickFile: function() {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = '.sqlite,.sqlite3,.db,.json,application/json,application/octet-stream';
      input.onchange = function() { if (input.files[0]) Persist.stageImport(input.files[0]); };
      input.click();
    },
  },

  // ---- the app's workspace list (start view; C++: wasm/persist/workspaces.cpp) --------------------------
  // The registry as JSON for C++ (refreshed after every change), and the outcome of the last action
  // ("" none; "ok:<what>" or "error:<message>").
  overblik_persist_list_json__deps: ['$Persist'],
  overblik_persist_list_json: function(buf, len) {
    if (Persist.appList === undefined) {
      Persist.appList = null;
      Persist.refreshAppList();
    }
    if (Persist.appList === null) return -1;
    var need = lengthBytesUTF8(Persist.appList) + 1;
    if (need <= len) stringToUTF8(Persist.appList, buf, len);
    return need;
  },
  overblik_persist_take_message__deps: ['$Persist'],
  overblik_persist_take_message: function(buf, len) {
    var m = Persist.appMessage || '';
    Persist.appMessage = '';
    stringToUTF8(m, buf, len);
    return m.length > 0 ? 1 : 0;
  },
  // op: switch (open another workspace: the page reloads on it), rename, mark-demo, remove (confirmed by
  // the UI's dialog), export-raw (download the durable image), pick (file picker for an import).
  overblik_persist_workspace_op__deps: ['$Persist'],
  overblik_persist_workspace_op: function(opPtr, idPtr, argPtr) {
    var op = UTF8ToString(opPtr), id = UTF8ToString(idPtr), arg = UTF8ToString(argPtr);
    var P = Persist, p;
    if (op === 'switch') {
      p = (P.active ? P.flushed(P.active, 3000) : Promise.resolve()).then(function() {
        try { localStorage.setItem('overblik.workspace', id); } catch (e) {}
        location.reload();
      });
    } else if (op === 'rename') {
      p = P.rename(id, arg);
    } else if (op === 'mark-demo') {
      p = P.openRegistry().then(function(db) {
        var tx = db.transaction('workspaces', 'readwrite', {durability: 'strict'}), store = tx.objectStore('workspaces');
        return P.req(store.get(id)).then(function(rec) {
          if (rec) { rec.name = arg; rec.demo = true; store.put(rec); }
          return P.txDone(tx);
        });
      });
    } else if (op === 'remove') {
      p = P.remove(id, {confirmed: true}).then(function() {
        if (id === P.active) { try { localStorage.removeItem('overblik.workspace'); } catch (e) {} location.reload(); }
      });
    } else if (op === 'export-raw') {
      p = P.exportRaw(id).then(function(bytes) { P.download(arg + '.sqlite', bytes, 'application/vnd.sqlite3'); });
    } else if (op === 'pick') {
      P.pickFile();
      p = Promise.resolve();
    } else {
      p = Promise.reject(new Error('unknown operation ' + op));
    }
    p.then(function() { P.appMessage = op === 'pick' ? '' : 'ok:' + op; },
           function(e) { P.appMessage = 'error:' + (e && e.message || e); })
     .then(function() { return P.refreshAppList(); });
  },
  // The next staged import: its size (-1 if none); then take it (name, kind and bytes) in one call.
  overblik_persist_import_size__deps: ['$Persist'],
  overblik_persist_import_size: function() {
    return Persist.imports.length ? Persist.imports[0].bytes.length : -1;
  },
  overblik_persist_import_take__deps: ['$Persist'],
  overblik_persist_import_take: function(nameBuf, nameLen, kindBuf, kindLen, dst) {
    var item = Persist.imports.shift();
    if (!item) return 0;
    stringToUTF8(item.name || 'Importeret', nameBuf, nameLen);
    stringToUTF8(item.kind || '', kindBuf, kindLen);
    HEAPU8.set(item.bytes, dst);
    return 1;
  },
  // A validated image becomes a new workspace: pages first, then the registry entry (so a failure leaves
  // no half workspace in the list).
  overblik_persist_create_from_image__deps: ['$Persist'],
  overblik_persist_create_from_image: function(namePtr, ptr, len) {
    var name = UTF8ToString(namePtr), bytes = HEAPU8.slice(ptr, ptr + len), P = Persist;
    var id = 'w' + P.newToken();
    P.writeImage(id, bytes)
     .then(function() { return P.create(name, {id: id}); })
     .then(function() { P.appMessage = 'ok:import'; },
           function(e) {
             P.appMessage = 'error:' + (e && e.message || e);
             indexedDB.deleteDatabase(P.dbName(id));
           })
     .then(function() { return P.refreshAppList(); });
  },

  // ---- C entry points (see wasm/persist/persist_bridge.cpp) ----------------------------------------------
  overblik_persist_commit__deps: ['$Persist'],
  overblik_persist_commit: function(filePtr, seq, size, chunksPtr, count, basePtr) {
    var id = UTF8ToString(filePtr);
    if (!Persist.ws[id]) return;
    var C = Persist.CHUNK, pages = new Map();
    for (var i = 0; i < count; i++) {
      var c = HEAPU32[(chunksPtr >> 2) + i];
      var start = c * C, end = Math.min(start + C, size);
      var buf = new Uint8Array(C);
      if (end > start) buf.set(HEAPU8.subarray(basePtr + start, basePtr + end));
      pages.set(c, buf);
    }
    Persist.commit(id, seq, size, pages);
  },
  overblik_persist_image_size__deps: ['$Persist'],
  overblik_persist_image_size: function(filePtr) {
    var st = Persist.ws[UTF8ToString(filePtr)];
    return st && st.image ? st.image.size : -1;
  },
  overblik_persist_take_image__deps: ['$Persist'],
  overblik_persist_take_image: function(filePtr, dst) {
    var st = Persist.ws[UTF8ToString(filePtr)];
    if (!st || !st.image) return -1;
    Persist.assemble(st.image, HEAPU8, dst);
    st.image = null;
    return st.imageSeq;
  },
  overblik_persist_may_write__deps: ['$Persist'],
  overblik_persist_may_write: function(filePtr) {
    var st = Persist.ws[UTF8ToString(filePtr)];
    return st ? (st.writer && !st.handingOver ? 1 : 0) : 1;
  },
  overblik_persist_status__deps: ['$Persist'],
  overblik_persist_status: function(filePtr, out) {
    var s = Persist.status(UTF8ToString(filePtr));
    var v = s ? [1, s.pending, s.committedSeq, s.durableSeq, s.error ? (s.error.code === 'quota' ? 1 : 2) : 0,
                 s.writable ? 1 : 0, s.takenOver ? 1 : 0, s.usage, s.quota, s.persisted ? 1 : 0, s.remoteSeq]
              : [0, 0, 0, 0, 0, 0, 0, Persist.usage, Persist.quota, 0, 0];
    for (var i = 0; i < v.length; i++) HEAPF64[(out >> 3) + i] = v[i];
  },
  overblik_persist_error_text__deps: ['$Persist'],
  overblik_persist_error_text: function(filePtr, buf, len) {
    var s = Persist.status(UTF8ToString(filePtr));
    stringToUTF8(s && s.error ? s.error.message : '', buf, len);
  },
  // The app's workspace: the last used one (localStorage), else the first in the registry, else a new one.
  overblik_persist_open_default__deps: ['$Persist'],
  overblik_persist_open_default: function() {
    (async function() {
      var key = 'overblik.workspace', id = null;
      try { id = localStorage.getItem(key); } catch (e) {}
      var list = await Persist.list();
      if (!list.some(function(w) { return w.id === id; })) id = list.length ? list[0].id : await Persist.create('Mit arbejdsområde');
      try { localStorage.setItem(key, id); } catch (e) {}
      Persist.active = id;
      await Persist.open(id);
      Persist.installImportTargets();
      if (Persist.appList !== undefined) await Persist.refreshAppList();
    })().catch(function(e) { console.error('persist: ' + e); });
  },
  overblik_persist_active__deps: ['$Persist'],
  overblik_persist_active: function(buf, len) {
    if (!Persist.active) return 0;
    stringToUTF8(Persist.active, buf, len);
    return 1;
  },
  overblik_persist_request__deps: ['$Persist'],
  overblik_persist_request: function(opPtr, idPtr) {
    // Fire-and-forget requests from the UI; progress shows through the status.
    var op = UTF8ToString(opPtr), id = UTF8ToString(idPtr);
    var p = op === 'open' ? Persist.open(id) : op === 'takeover' ? Persist.takeOver(id)
          : op === 'flush' ? Persist.flushed(id) : Promise.resolve();
    p.catch(function(e) { console.error('persist ' + op + ': ' + e); });
  },
};
mergeInto(LibraryManager.library, LibraryPersist);

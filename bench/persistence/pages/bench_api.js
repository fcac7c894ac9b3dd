// window.B: the three persistence variants measured by bench/persistence/run.mjs, in one page.
(function () {
  const now = () => performance.now();
  const P = () => Module.persist;
  // Resolves when the workspace's last commit is durable (its IndexedDB transaction completed).
  const durable = (id) => new Promise((resolve) => {
    const s = P().status(id);
    if (s.durableSeq >= s.committedSeq && s.pending === 0) return resolve();
    P().onStatus(function check(st) {
      if (st && st.id === id && st.durableSeq >= s.committedSeq) { P().offStatus(check); resolve(); }
    });
  });
  const syncfs = () => new Promise((resolve, reject) => Module.FS.syncfs(false, (e) => (e ? reject(e) : resolve())));
  const sahpool = (msg) => new Promise((resolve, reject) => {
    const w = B.worker || (B.worker = new Worker('sahpool_worker.mjs', { type: 'module' }));
    w.onmessage = (e) => (e.data.ok ? resolve(e.data) : reject(new Error(e.data.error)));
    w.postMessage(msg);
  });

  window.B = {
    // backend 'log' (the OPFS commit log, the default) or 'indexeddb' (commit records, the path without
    // access handles).
    overblikSetup: async (bytes, backend) => {
      P().useLog = backend !== 'indexeddb';
      const r = await H.open('bench');
      if (r.rc) throw new Error(r.error);
      if (H.fill('bench', bytes)) throw new Error('fill failed');
      await durable('bench');
      // The fill left thousands of delta chunks: wait for the idle compaction into base records.
      const st = P().ws.bench;
      await new Promise((resolve) => {
        const check = () => (st.deltas.size < P().COMPACT_AT && !st.queue.length && !st.inflight ? resolve() : setTimeout(check, 50));
        check();
      });
      return H.number('bench', 'SELECT page_count * page_size FROM pragma_page_count, pragma_page_size');
    },
    overblikCommits: async (count, durability) => {
      P().durability = durability || 'strict';
      const times = [];
      for (let i = 1; i <= count; i++) {
        const t0 = now();
        if (H.insert('bench', i)) throw new Error('insert failed');
        await durable('bench');
        times.push(now() - t0);
      }
      return { times, label: H.label('bench'), backend: P().status('bench').backend };
    },
    overblikOpen: async (backend) => {
      P().useLog = backend !== 'indexeddb';
      const t0 = now();
      const r = await H.open('bench');
      const rows = H.number('bench', 'SELECT count(*) FROM t');
      // Also from the page's navigation start: includes loading and compiling the harness module, as the
      // opfs-sahpool figure includes its module's init.
      return { ms: now() - t0, sinceNavigation: now(), rows, rc: r.rc };
    },
    idbfsSetup: async (bytes) => {
      const FS = Module.FS;
      FS.mkdir('/idb');
      FS.mount(FS.filesystems.IDBFS, {}, '/idb');
      await new Promise((resolve, reject) => FS.syncfs(true, (e) => (e ? reject(e) : resolve())));
      if (H.openFile('/idb/bench.db')) throw new Error('open failed');
      if (H.fill('/idb/bench.db', bytes)) throw new Error('fill failed');
      await syncfs();
      return H.number('/idb/bench.db', 'SELECT page_count * page_size FROM pragma_page_count, pragma_page_size');
    },
    idbfsCommits: async (count) => {
      const times = [];
      for (let i = 1; i <= count; i++) {
        const t0 = now();
        if (H.insert('/idb/bench.db', i)) throw new Error('insert failed');
        await syncfs();  // the whole changed file goes to IndexedDB
        times.push(now() - t0);
      }
      return { times };
    },
    sahpoolSetup: (bytes) => sahpool({ op: 'setup', bytes }).then((r) => r.size),
    sahpoolCommits: (count) => sahpool({ op: 'commits', count }),
    // The same commits timed from the page: the worker's answer is when a main-thread app could say "saved".
    sahpoolPageCommits: async (count, first) => {
      const times = [];
      for (let i = first; i < first + count; i++) {
        const t0 = now();
        await sahpool({ op: 'commit', i });
        times.push(now() - t0);
      }
      await sahpool({ op: 'close' });
      return { times };
    },
    sahpoolOpen: () => sahpool({ op: 'open' }),
  };
})();

// window.H: the harness module's exported functions for Playwright tests and the bench (see
// bench/persistence/harness/persist_harness.cpp). Ids are workspace ids (page VFS) or file paths (IDBFS).
(function () {
  const call = (name, ret, types, args) => Module.ccall(name, ret, types, args);
  const persist = () => Module.persist;
  window.H = {
    // ?log=off: commits as IndexedDB records (the path of browsers without OPFS access handles).
    ready: () => new Promise((resolve) => {
      if (new URLSearchParams(location.search).get('log') === 'off') persist().useLog = false;
      const check = () => (window.harnessReady ? resolve(call('h_init', 'number', [], [])) : setTimeout(check, 5));
      check();
    }),
    // Loads the workspace (lock + image from IndexedDB) and opens SQLite on it.
    open: async (id, options) => {
      const status = await persist().open(id, options);
      const rc = call('h_open', 'number', ['string'], [id]);
      return { status, rc, error: rc ? call('h_last_error', 'string', [], []) : '' };
    },
    takeOver: (id) => H.open(id, { takeOver: true }),
    openFile: (path) => call('h_open_file', 'number', ['string'], [path]),
    close: (key) => call('h_close', 'number', ['string'], [key]),
    insert: (key, n) => call('h_insert', 'number', ['string', 'number'], [key, n]),
    fill: (key, bytes) => call('h_fill', 'number', ['string', 'number'], [key, bytes]),
    exec: (key, sql) => call('h_exec', 'number', ['string', 'string'], [key, sql]),
    number: (key, sql) => call('h_number', 'number', ['string', 'string'], [key, sql]),
    integrity: (key) => call('h_integrity', 'string', ['string'], [key]),
    committedSeq: (id) => call('h_committed_seq', 'number', ['string'], [id]),
    label: (id) => call('h_save_label', 'string', ['string'], [id]),
    status: (id) => persist().status(id),
    // Validates bytes as a workspace image in the C++ side (header + integrity_check).
    checkImage: (bytes) => {
      const p = Module._malloc(bytes.length || 1);
      Module.HEAPU8.set(bytes, p);
      const rc = call('h_check_image', 'number', ['string', 'number', 'number'], ['import-check', p, bytes.length]);
      Module._free(p);
      return { ok: rc === 0, message: call('h_last_error', 'string', [], []) };
    },
    // Commits rows start, start+1, ... continuously; logs "durable <n>" whenever the row n (and all before
    // it) became durable in IndexedDB. Used by the crash test, which kills the browser at a random moment.
    commitForever: (id, start) => {
      const seqToRow = [];
      let reported = start - 1;
      persist().onStatus((s) => {
        if (!s || s.id !== id) return;
        let best = reported;
        while (seqToRow.length && seqToRow[0][0] <= s.durableSeq) best = seqToRow.shift()[1];
        if (best > reported) {
          reported = best;
          document.getElementById('label').textContent = call('h_save_label', 'string', ['string'], [id]);
          console.log('durable ' + best + ' ' + document.getElementById('label').textContent);
        }
      });
      let n = start;
      const step = () => {
        const rc = H.insert(id, n);
        if (rc !== 0) { console.log('insert failed ' + rc); return; }
        seqToRow.push([H.committedSeq(id), n]);
        n++;
        setTimeout(step, 0);
      };
      step();
    },
  };
})();

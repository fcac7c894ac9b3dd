// Baseline: the official SQLite wasm build with the opfs-sahpool VFS, in a worker (bench/persistence).
// Messages: {op:'setup', bytes} fills /bench.db to `bytes`; {op:'commits', count} times one-row commits;
// {op:'commit', i} makes one commit and answers once it is durable (the page times the round trip, as an app on
// the main thread would see it); {op:'open'} times a cold open (module init, pool install, open, first query).
import sqlite3InitModule from '/sqlite-wasm/index.mjs';

let sqlite3, pool, db;
const now = () => performance.now();

async function init(clear) {
  sqlite3 = await sqlite3InitModule();
  pool = await sqlite3.installOpfsSAHPoolVfs({ name: 'overblik-bench', clearOnInit: clear });
}

function open() {
  db = new pool.OpfsSAHPoolDb('/bench.db');
  db.exec('PRAGMA journal_mode=persist; PRAGMA synchronous=normal;');
}

onmessage = async (e) => {
  const m = e.data;
  try {
    if (m.op === 'setup') {
      await init(true);
      open();
      db.exec('CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT, pad BLOB)');
      const sizeSql = 'SELECT page_count * page_size FROM pragma_page_count, pragma_page_size';
      db.exec('BEGIN');
      for (let next = 1; db.selectValue(sizeSql) < m.bytes; next += 100) {
        db.exec(`WITH RECURSIVE c(x) AS (SELECT ${next} UNION ALL SELECT x + 1 FROM c LIMIT 100)
                 INSERT INTO t(id, v, pad) SELECT -x, 'pad', randomblob(3500) FROM c`);
      }
      db.exec('COMMIT');
      const size = db.selectValue(sizeSql);
      postMessage({ ok: true, size });
    } else if (m.op === 'commits') {
      const times = [];
      for (let i = 1; i <= m.count; i++) {
        const t0 = now();
        db.exec({ sql: "INSERT INTO t(id, v) VALUES(?, 'row ' || ?)", bind: [i, i] });  // durable on return
        times.push(now() - t0);
      }
      postMessage({ ok: true, times });
    } else if (m.op === 'commit') {
      db.exec({ sql: "INSERT INTO t(id, v) VALUES(?, 'row ' || ?)", bind: [m.i, m.i] });
      postMessage({ ok: true });
    } else if (m.op === 'close') {
      db.close();
      postMessage({ ok: true });
    } else if (m.op === 'open') {
      const t0 = now();
      await init(false);
      open();
      const rows = db.selectValue('SELECT count(*) FROM t');
      postMessage({ ok: true, ms: now() - t0, rows });
    }
  } catch (err) {
    postMessage({ ok: false, error: String(err && err.message || err) });
  }
};

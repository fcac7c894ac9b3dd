// A static file server for the persistence harness pages (build/web-persist-harness) and the official
// SQLite wasm build (node_modules/@sqlite.org/sqlite-wasm/dist at /sqlite-wasm/), on 127.0.0.1.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const harnessDir = path.join(repoRoot, 'build/web-persist-harness');
const sqliteWasmDir = path.join(repoRoot, 'node_modules/@sqlite.org/sqlite-wasm/dist');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json',
};

export function harnessBuilt() {
  return existsSync(path.join(harnessDir, 'persist_harness.js'));
}

// `isolated`: cross-origin isolation headers (COOP + COEP), which give the page and its workers 5 µs timers
// instead of 100 µs ones; the bench uses it, so a 0.6 ms commit is not rounded to a tenth.
export async function startServer({ isolated = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let base = harnessDir, rel = url.pathname;
    if (rel.startsWith('/sqlite-wasm/')) { base = sqliteWasmDir; rel = rel.slice('/sqlite-wasm'.length); }
    const file = path.join(base, path.normalize(rel).replace(/^([/\\])+/, ''));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
      if (isolated) Object.assign(headers, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

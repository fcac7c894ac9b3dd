// Starts serve.py on a free port with a throw-away data folder; resolves with its base URL.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const webRoot = process.env.OVERBLIK_WEB_ROOT || join(repoRoot, 'build/web');

// `data`: a data folder prepared by the caller (kept on stop); default: a fresh one, removed on stop.
export async function startServer({ root = webRoot, timeoutMs = 15000, data: given } = {}) {
  if (!existsSync(join(root, 'app.js'))) {
    throw new Error(`${root}/app.js is missing: build the web app first (tools/build)`);
  }
  const data = given ?? mkdtempSync(join(tmpdir(), 'overblik-e2e-data-'));
  const child = spawn('python3', [join(repoRoot, 'serve.py'), '--root', root, '--port', '0', '--data', data], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.py did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      // serve.py prints "Overblik: http://127.0.0.1:<port>/" once it listens.
      const match = output.match(/(http:\/\/[^\s]+\/)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.py exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!given) rmSync(data, { recursive: true, force: true });
    },
  };
}

// Starts Debian's Chromium ourselves (so the test owns its process tree and can SIGKILL it) and connects
// Playwright over CDP. Flags from /work/shared/TOOLCHAIN.md; the profile directory is kept by the caller,
// so IndexedDB survives a kill and a restart.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--no-default-browser-check', '--password-store=basic',
];

export async function launchChromium(userDataDir) {
  const proc = spawn(chromiumPath, [...chromiumFlags, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wsEndpoint = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error('chromium did not start: ' + err.slice(-500))), 20000);
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`chromium exited (${code}): ${err.slice(-500)}`)); });
  });
  proc.stderr.resume();
  const browser = await chromium.connectOverCDP(wsEndpoint);
  const context = browser.contexts()[0];
  return {
    browser, context, proc,
    kill: () => killTree(proc),
    close: async () => { await browser.close().catch(() => {}); killTree(proc); },
  };
}

// Every descendant of pid (from /proc), deepest last.
function descendants(pid) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch { /* gone */ }
  }
  const out = [];
  const walk = (p) => { for (const c of children.get(p) || []) { out.push(c); walk(c); } };
  walk(pid);
  return out;
}

// SIGKILL, not a graceful close: the browser, its process group and every descendant, all at once.
export function killTree(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  const pids = [proc.pid, ...descendants(proc.pid)];
  try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* group gone */ }
  for (const p of pids) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once('exit', () => resolve());
  });
}

// Where the main-thread CPU of bench/frame's CPU figure goes: a Chrome trace around single-frame evaluates
// (the same calls frame.mjs times with ThreadTime) on the L demo, then the renderer main thread's slices by
// self thread time per evaluate. Usage:
//   OVERBLIK_WEB_ROOT=build/web node bench/frame/trace.mjs [cases|cockpit|workshop] [evaluates=100] [empty]
// With `empty` each evaluate draws nothing (the measurement's own cost).
import { openApp } from '../../tests/e2e/lib/app.mjs';

const view = process.argv[2] ?? 'cases';
const n = Number(process.argv[3] ?? 100);
const empty = process.argv[4] === 'empty';
const call = (app, name, ...args) =>
  app.page.evaluate(([f, a]) => Module.ccall(f, 'number', a.map(() => 'number'), a), [name, args]);

const app = await openApp({ viewport: { width: 1280, height: 800 } });
try {
  await app.click('##demo-L');
  await app.find('##case-search', { timeoutMs: 600000 });
  if (view === 'cockpit') await app.click('##nav-cockpit'), await app.find('##tile-spend', { timeoutMs: 60000 });
  if (view === 'workshop') await app.click('##nav-scenarios'), await app.find('##scenario-total', { timeoutMs: 120000 });
  await call(app, 'overblik_bench_frames', 30, 0);

  const cdp = await app.page.context().newCDPSession(app.page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink', 'cc', 'gpu', 'v8', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < n; ++i) await call(app, 'overblik_bench_frames', empty ? 0 : 1, empty ? 1 : 0);
  await cdp.send('Tracing.end');
  await complete;

  // Complete slices of CrRendererMain; self time = thread time less that of the slices nested in it.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).nested += e.tdur;
    e.nested = 0;
    stack.push(e);
  }
  const byName = new Map();
  for (const e of slices) {
    const s = byName.get(e.name) ?? { self: 0, wall: 0, count: 0 };
    s.self += e.tdur - e.nested;
    s.wall += e.dur;
    s.count += 1;
    byName.set(e.name, s);
  }
  const total = [...byName.values()].reduce((sum, s) => sum + s.self, 0);
  console.log(`${view}${empty ? ' (empty evaluates)' : ''}: ${(total / n / 1000).toFixed(3)} ms main-thread time in traced slices per evaluate (tracing adds some)`);
  console.log('self ms/evaluate  wall ms/evaluate  per evaluate  slice');
  for (const [name, s] of [...byName.entries()].sort((a, b) => b[1].self - a[1].self).slice(0, 15))
    console.log(`${(s.self / n / 1000).toFixed(3).padStart(16)}  ${(s.wall / n / 1000).toFixed(3).padStart(16)}  ${(s.count / n).toFixed(1).padStart(12)}  ${name}`);
} finally {
  await app.close();
}

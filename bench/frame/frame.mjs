// Frame CPU time inside Chromium on the L demo: the 95th percentile of whole frames (ImGui::NewFrame,
// app::draw, Render, the WebGL draw calls) drawn back to back on the case list, the cockpit and the
// workshop, against an empty ImGui frame measured in the same run, and of their UI part (before WebGL);
// plus a full scenario recompute in wasm (60 months, every lever kind: the spec of bench/scenario).
// Times come from emscripten_get_now() around each frame (wasm/bench_bridge.cpp; the browser rounds them
// to 0.1 ms), not from SwiftShader's frame rate. Usage:
//   OVERBLIK_WEB_ROOT=build/views2-web node bench/frame/frame.mjs [frames=300] [size=L]
import { openApp } from '../../tests/e2e/lib/app.mjs';

const frames = Number(process.argv[2] ?? 300);
const size = process.argv[3] ?? 'L';
const target = 4.0;

const call = (app, name, ...args) =>
  app.page.evaluate(([n, a]) => Module.ccall(n, 'number', a.map(() => 'number'), a), [name, args]);

const pct = (v, p) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))];

// Whole frames by the clock (emscripten_get_now) and their UI part (NewFrame .. Render, before WebGL):
// p50 and p95 in ms. The clock also counts waits: WebGL calls that read state wait for the GPU process
// (SwiftShader), and on a loaded machine for a core.
async function measure(app, mode) {
  await call(app, 'overblik_bench_frames', 30, mode);  // warm up (caches, view models built)
  const p95 = await call(app, 'overblik_bench_frames', frames, mode);
  const p50 = await call(app, 'overblik_bench_percentile', 50, 0);
  const ui50 = await call(app, 'overblik_bench_percentile', 50, 1);
  const ui95 = await call(app, 'overblik_bench_percentile', 95, 1);
  const cpu = await cpuTimes(app, () => call(app, 'overblik_bench_frames', 1, mode));
  return { p50, p95, ui50, ui95, cpu, draws: await drawStats(app) };
}

// What the last frame drew (wasm/platform/renderer.cpp): draw lists, ImGui draw commands, WebGL draw calls,
// vertices, indices; null on a build without the hook.
async function drawStats(app) {
  try {
    return await Promise.all([0, 1, 2, 3, 4].map((w) => call(app, 'overblik_bench_draw_stats', w)));
  } catch {
    return null;
  }
}

// CPU time of the renderer's main thread per call of `run` (Chrome's ThreadTime metric read before and
// after each one), which leaves out time spent waiting for the GPU process or a core: p50 and p95 in ms,
// less the median cost of the measurement itself (an evaluate that draws nothing).
let cdp, overhead = 0;
async function threadMs() {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}
async function cpuTimes(app, run, n = frames) {
  const v = [];
  for (let i = 0; i < n; ++i) {
    const a = await threadMs();
    await run();
    v.push((await threadMs()) - a - overhead);
  }
  return { p50: pct(v, 50), p95: pct(v, 95) };
}

const app = await openApp({ viewport: { width: 1280, height: 800 } });
try {
  const t0 = Date.now();
  await app.click(`##demo-${size}`);
  await app.find('##case-search', { timeoutMs: 600000 });
  console.log(`demo ${size} opened in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${frames} frames per figure, 1280x800 DPR 1`);

  cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Performance.enable');
  overhead = (await cpuTimes(app, () => call(app, 'overblik_bench_frames', 0, 1), 100)).p50;
  const empty = await measure(app, 1);
  const rows = [['empty frame (baseline)', empty]];
  rows.push(['case list (Mine sager)', await measure(app, 0)]);
  await app.click('##nav-cockpit');
  await app.find('##tile-spend', { timeoutMs: 60000 });
  rows.push(['cockpit', await measure(app, 0)]);
  await app.click('##nav-scenarios');
  await app.find('##scenario-total', { timeoutMs: 120000 });
  rows.push(['scenario workshop', await measure(app, 0)]);

  const ms = (v) => v.toFixed(3).padStart(8);
  console.log(`frame time (ms)              whole frame (clock)   UI part (clock)   main-thread CPU   target: p95 < 4 ms`);
  console.log(`                                  p50      p95       p50      p95       p50      p95   (measurement cost ${overhead.toFixed(3)} ms subtracted)`);
  for (const [name, r] of rows)
    console.log(`${name.padEnd(28)} ${ms(r.p50)} ${ms(r.p95)}  ${ms(r.ui50)} ${ms(r.ui95)}  ${ms(r.cpu.p50)} ${ms(r.cpu.p95)}   ` +
                `${r === empty ? '' : `clock ${r.p95 < target ? 'ok' : 'OVER'}, CPU ${r.cpu.p95 < target ? 'ok' : 'OVER'}`}`);
  console.log('per frame: draw lists / ImGui draw commands / WebGL draw calls / vertices / indices');
  for (const [name, r] of rows) console.log(`${name.padEnd(28)} ${r.draws ? r.draws.join(' / ') : 'n/a'}`);

  const recompute = await call(app, 'overblik_bench_scenario', 200);
  if (recompute < 0) throw new Error(`scenario bench failed (${recompute})`);
  const recompute50 = await call(app, 'overblik_bench_percentile', 50, 0);
  const [months, levers, measures] = await Promise.all([0, 1, 2].map((w) => call(app, 'overblik_bench_scenario_shape', w)));
  const cpu = await cpuTimes(app, () => call(app, 'overblik_bench_scenario', 1), 100);
  console.log(`scenario full recompute in wasm (demo ${size}, ${measures} baseline measures, ${months} months, ${levers} levers: ` +
              `every lever kind, the spec of bench/scenario): clock p50 ${recompute50.toFixed(3)} ms, p95 ${recompute.toFixed(3)} ms; ` +
              `main-thread CPU p50 ${cpu.p50.toFixed(3)} ms, p95 ${cpu.p95.toFixed(3)} ms (target < 2 ms)`);
  if (app.errors.length) console.log('page errors:', app.errors);
} finally {
  await app.close();
}

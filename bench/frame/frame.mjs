// Frame CPU time inside Chromium on the L demo: the 95th percentile of whole frames (ImGui::NewFrame,
// app::draw, Render, the WebGL draw calls) drawn back to back on the case list and on the cockpit, against
// an empty ImGui frame measured in the same run; plus the scenario workshop's full recompute in wasm.
// Times come from emscripten_get_now() around each frame (wasm/bench_bridge.cpp), not from SwiftShader's
// frame rate. Usage:
//   OVERBLIK_WEB_ROOT=build/views2-web node bench/frame/frame.mjs [frames=300] [size=L]
import { openApp } from '../../tests/e2e/lib/app.mjs';

const frames = Number(process.argv[2] ?? 300);
const size = process.argv[3] ?? 'L';
const target = 4.0;

const call = (app, name, ...args) =>
  app.page.evaluate(([n, a]) => Module.ccall(n, 'number', a.map(() => 'number'), a), [name, args]);

async function measure(app, mode) {
  await call(app, 'overblik_bench_frames', 30, mode);  // warm up (caches, view models built)
  const p95 = await call(app, 'overblik_bench_frames', frames, mode);
  const p50 = await call(app, 'overblik_bench_percentile', 50);
  return { p50, p95 };
}

const app = await openApp({ viewport: { width: 1280, height: 800 } });
try {
  const t0 = Date.now();
  await app.click(`##demo-${size}`);
  await app.find('##case-search', { timeoutMs: 600000 });
  console.log(`demo ${size} opened in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${frames} frames per figure, 1280x800 DPR 1`);

  const empty = await measure(app, 1);
  const rows = [['empty frame (baseline)', empty]];
  rows.push(['case list (Mine sager)', await measure(app, 0)]);
  await app.click('##nav-cockpit');
  await app.find('##tile-spend', { timeoutMs: 60000 });
  rows.push(['cockpit', await measure(app, 0)]);
  await app.click('##nav-scenarios');
  await app.find('##scenario-total', { timeoutMs: 120000 });
  rows.push(['scenario workshop', await measure(app, 0)]);

  console.log('frame CPU time (ms)            p50      p95   p95/empty  target p95 < 4 ms');
  for (const [name, r] of rows)
    console.log(`${name.padEnd(28)} ${r.p50.toFixed(3).padStart(7)}  ${r.p95.toFixed(3).padStart(7)}  ${(r.p95 / empty.p95).toFixed(1).padStart(8)}x  ${r === empty ? '' : r.p95 < target ? 'ok' : 'OVER'}`);

  const recompute = await call(app, 'overblik_bench_scenario', 100);
  const recompute50 = await call(app, 'overblik_bench_percentile', 50);
  console.log(`scenario full recompute in wasm (L demo, workshop spec): p50 ${recompute50.toFixed(3)} ms, p95 ${recompute.toFixed(3)} ms (target < 2 ms natively); p95 / empty frame p95 = ${(recompute / empty.p95).toFixed(1)}x`);
  if (app.errors.length) console.log('page errors:', app.errors);
} finally {
  await app.close();
}

// Measurement hooks for bench/frame (window.overblik must be open for automation; JS calls these through
// Module.ccall): the CPU time of whole frames drawn back to back, of an empty ImGui frame as the baseline,
// and of a full scenario recompute, all timed with emscripten_get_now().
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <vector>

#include "app/app.h"
#include "app/views/scenario.h"
#include "bench/scenario_levers.h"
#include "core/scenario/projection.h"
#include "imgui.h"
#include "wasm/platform/renderer.h"
#include "wasm/platform/state.h"

namespace {

// Samples of the last run: whole frames (or recomputes), and the part of each frame before WebGL.
std::vector<double> samples, ui_samples;
// What the last scenario run projected: months, levers, baseline measures.
int scenario_shape[3] = {0, 0, 0};

double percentile(const std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  std::vector<double> s = v;
  std::sort(s.begin(), s.end());
  const size_t i = std::min(s.size() - 1, static_cast<size_t>(p / 100.0 * static_cast<double>(s.size())));
  return s[i];
}

void empty_frame() {
  ImGui::NewFrame();
  ImGui::Render();
  overblik::web::state().ui_built_at = emscripten_get_now();
  overblik::web::renderer::render(*ImGui::GetDrawData());
}

}  // namespace

extern "C" {

// Draws `n` frames of the current screen (mode 0) or `n` empty frames (mode 1); returns the 95th
// percentile in ms. Before each frame glFinish() hands the previous frame's commands over outside the
// timing (in Chromium WebGL's finish() is a flush; the renderer reads no GL state, so nothing in a frame
// waits for the software rasteriser). overblik_bench_percentile(p, 0) reads other percentiles of the same run;
// overblik_bench_percentile(p, 1) those of the frames' UI part (NewFrame .. Render, before WebGL).
EMSCRIPTEN_KEEPALIVE double overblik_bench_frames(int n, int mode) {
  samples.clear();
  ui_samples.clear();
  auto& state = overblik::web::state();
  for (int i = 0; i < n; ++i) {
    glFinish();
    const double t0 = emscripten_get_now();
    if (mode == 0)
      overblik::web::draw_frame();
    else
      empty_frame();
    samples.push_back(emscripten_get_now() - t0);
    ui_samples.push_back(state.ui_built_at - t0);
  }
  return percentile(samples, 95);
}

EMSCRIPTEN_KEEPALIVE double overblik_bench_percentile(double p, int ui_part) {
  return percentile(ui_part ? ui_samples : samples, p);
}

// A full scenario recompute `n` times on the workshop's baseline (the open workspace as of today): the
// native bench's spec (every lever kind, 60 months), projected into a reused workspace as a slider move
// does (the first call also runs 5 untimed to grow it). Returns the 95th percentile in ms; -1 when the
// workshop has not been opened; -2 on an error.
EMSCRIPTEN_KEEPALIVE double overblik_bench_scenario(int n) {
  namespace sc = overblik::scenario;
  auto& s = overblik::app::views::scenario_state();
  if (!s.workshop.is_open()) return -1;
  static sc::ProjectionWorkspace ws;
  static sc::Projection p;
  static bool warm = false;
  const sc::Baseline& baseline = s.workshop.baseline();
  const sc::ScenarioSpec spec = sc::bench::all_levers(baseline);
  samples.clear();
  for (int i = warm ? 5 : 0; i < n + 5; ++i) {
    const double t0 = emscripten_get_now();
    if (!sc::project_into(baseline, spec, ws, p).ok()) return -2;
    if (i >= 5) samples.push_back(emscripten_get_now() - t0);
  }
  warm = true;
  scenario_shape[0] = p.months;
  scenario_shape[1] = static_cast<int>(spec.levers.size());
  scenario_shape[2] = static_cast<int>(baseline.measures.size());
  return percentile(samples, 95);
}

// What the last frame drew: draw lists (what 0), ImGui draw commands (1), WebGL draw calls (2), vertices (3),
// indices (4).
EMSCRIPTEN_KEEPALIVE int overblik_bench_draw_stats(int what) {
  const auto& s = overblik::web::renderer::last_stats();
  const int v[5] = {s.lists, s.commands, s.draws, s.vertices, s.indices};
  return what >= 0 && what < 5 ? v[what] : 0;
}

// The last scenario run's months (what 0), levers (1) and baseline measures (2).
EMSCRIPTEN_KEEPALIVE int overblik_bench_scenario_shape(int what) {
  return what >= 0 && what < 3 ? scenario_shape[what] : 0;
}
}

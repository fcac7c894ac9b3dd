// Measurement hooks for bench/frame (window.overblik must be open for automation; JS calls these through
// Module._overblik_bench_*): the CPU time of whole frames drawn back to back, of an empty ImGui frame as
// the baseline, and of the scenario workshop's full recompute, all timed with emscripten_get_now().
#include <emscripten/emscripten.h>

#include <algorithm>
#include <vector>

#include "app/app.h"
#include "app/views/scenario.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "wasm/platform/state.h"

namespace {

std::vector<double> samples;

double percentile(double p) {
  if (samples.empty()) return 0;
  std::vector<double> s = samples;
  std::sort(s.begin(), s.end());
  const size_t i = std::min(s.size() - 1, static_cast<size_t>(p / 100.0 * static_cast<double>(s.size())));
  return s[i];
}

void empty_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

extern "C" {

// Draws `n` frames of the current screen (mode 0) or `n` empty frames (mode 1); returns the 95th
// percentile in ms. overblik_bench_percentile(p) reads other percentiles of the same run.
EMSCRIPTEN_KEEPALIVE double overblik_bench_frames(int n, int mode) {
  samples.clear();
  for (int i = 0; i < n; ++i) {
    const double t0 = emscripten_get_now();
    if (mode == 0)
      overblik::web::draw_frame();
    else
      empty_frame();
    samples.push_back(emscripten_get_now() - t0);
  }
  return percentile(95);
}

EMSCRIPTEN_KEEPALIVE double overblik_bench_percentile(double p) {
  return percentile(p);
}

// The workshop's full recompute `n` times with every workshop lever moved (volumes, prices, duration,
// target); returns the 95th percentile in ms, or -1 when the workshop has not been opened yet. The
// workshop shows its own spec again afterwards.
EMSCRIPTEN_KEEPALIVE double overblik_bench_scenario(int n) {
  namespace vm = overblik::viewmodels;
  auto& s = overblik::app::views::scenario_state();
  if (!s.workshop.is_open()) return -1;
  overblik::scenario::ScenarioSpec spec;
  for (int i = 0; i < vm::kWorkshopLeverCount; ++i) {
    const auto& w = vm::workshop_levers()[static_cast<size_t>(i)];
    vm::set_lever(spec, i, w.max / 3 / w.step * w.step);  // a third of the way up: a real change
  }
  samples.clear();
  for (int i = 0; i < n; ++i) {
    const double t0 = emscripten_get_now();
    (void)s.workshop.recompute(spec);
    samples.push_back(emscripten_get_now() - t0);
  }
  const double p95 = percentile(95);
  (void)s.workshop.recompute(s.spec);
  return p95;
}
}

// The scenario workshop: stored scenarios (new, duplicate, save), grouped lever sliders that recompute
// live while dragging, scenario against baseline and target path (kroner or percent), a tornado chart,
// presentation mode, CSV and PNG export.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/charts/charts.h"
#include "core/scenario/storage.h"
#include "core/viewmodels/scenario_workshop.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct ScenarioState {
  uint64_t built_generation = ~uint64_t{0};
  viewmodels::Workshop workshop;
  std::vector<scenario::StoredScenario> stored;
  std::string selected_id;  // "" = a new, unsaved scenario
  std::string name;
  scenario::ScenarioSpec spec;
  bool dirty = false;
  bool percent = false;
  std::vector<charts::TornadoBar> tornado;
  bool tornado_stale = true;
  std::string notice, error;
  double last_recompute_ms = 0;
  ImVec2 chart_min, chart_max;
};

ScenarioState& scenario_state();
void draw_scenarios(App& app);

}  // namespace overblik::app::views

// The management cockpit: key figure tiles with a 12-month trend (each opens the list behind it), the
// intervention ladder per month and spend against budget per area.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/viewmodels/cockpit.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct CockpitState {
  uint64_t built_generation = ~uint64_t{0};
  std::optional<viewmodels::CockpitView> view;
  std::optional<viewmodels::Tile> drill;  // the open drill-down
  std::vector<viewmodels::DrillRow> rows;
};

// The views' state lives with the view until App (app/app.h, edited by others right now) takes it over.
CockpitState& cockpit_state();
void draw_cockpit(App& app);

}  // namespace overblik::app::views

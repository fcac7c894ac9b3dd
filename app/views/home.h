// Placeholder home screen until the real views (caseload, deadlines, economy, scenarios) arrive.
#pragma once

#include <string>

namespace overblik::app::views {

struct HomeState {
  std::string note;  // a plain text field (used by the browser tests for typing and clipboard)
};

void draw_home(HomeState& state);

}  // namespace overblik::app::views

// The finance view: budget follow-up per area (budget, actuals, forecast, deviation, quantity and price
// effects) with editable causes of deviation, and budget against forecast as a chart.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "core/viewmodels/economy.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct EconomyState {
  uint64_t built_generation = ~uint64_t{0};
  std::optional<viewmodels::EconomyView> view;
  std::array<std::string, 3> cause;  // as typed, per group
  std::string notice;
};

EconomyState& economy_state();
void draw_economy(App& app);

}  // namespace overblik::app::views

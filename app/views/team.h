// The team leader's overview: caseload per caseworker against a target, compliance per rule, unassigned
// cases (assign them from here) and the reproducible supervision sample (ledelsestilsyn) with its seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/views/forms/case_forms.h"
#include "core/viewmodels/team_overview.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct TeamState {
  viewmodels::TeamQuery query;
  std::string target_text = "25", seed_text = "1", per_text = "2";  // as typed
  viewmodels::TeamQuery built_query;
  uint64_t built_generation = ~uint64_t{0};
  std::optional<viewmodels::TeamOverview> overview;
  forms::ReassignForm assign;
  std::string notice;
};

void draw_team(App& app);

}  // namespace overblik::app::views

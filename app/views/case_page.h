// The case page: the child, deadlines with status, measures with price and ladder step, follow-ups, the
// child's plan and goals, notifications and investigations; buttons open the forms (record a follow-up,
// start/stop a measure, reassign). The view model is rebuilt only when the case or the session changes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/views/forms/case_forms.h"
#include "core/model/result.h"
#include "core/viewmodels/case_page.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct CasePageState {
  std::string case_id;
  uint64_t built_generation = ~uint64_t{0};
  std::optional<viewmodels::CasePage> page;
  std::optional<Error> error;  // why the page could not be built (shown in the interface language)
  std::string notice;          // "Opfølgningen er gemt." after a save
  forms::FollowUpForm follow_up;
  forms::StartMeasureForm start_measure;
  forms::StopMeasureForm stop_measure;
  forms::ReassignForm reassign;
};

void draw_case_page(App& app);

}  // namespace overblik::app::views

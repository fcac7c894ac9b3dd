// The forms a caseworker and a team leader fill in on a case: record a follow-up, start a measure, stop a
// measure, reassign the case. Each keeps its typed text (Danish formats), parses it, emits one command
// through the session and shows the command's located error inline under the field it names.
#pragma once

#include <string>
#include <vector>

#include "app/views/forms/form.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views::forms {

struct FollowUpForm {
  bool open_request = false;
  std::string case_id, done, score, next, note;
  FormErrors errors;
};

struct StartMeasureForm {
  bool open_request = false;
  std::string case_id, start, planned_stop, price;
  int type = -1, provider = 0, unit = 0;  // provider 0 = none
  FormErrors errors;
};

struct StopMeasureForm {
  bool open_request = false;
  std::string measure_id, measure_name, end;
  FormErrors errors;
};

struct ReassignForm {
  bool open_request = false;
  std::string case_id, child;
  int caseworker = -1;  // index into the session's caseworkers
  FormErrors errors;
};

void open_follow_up(FollowUpForm& f, const std::string& case_id, Day today);
void open_start_measure(StartMeasureForm& f, const std::string& case_id, Day today);
void open_stop_measure(StopMeasureForm& f, const std::string& measure_id, const std::string& name, Day today);
void open_reassign(ReassignForm& f, const std::string& case_id, const std::string& child);

// Draw the dialogs (call every frame; each shows only while open). Return true when a command was applied.
bool draw_follow_up(App& app, FollowUpForm& f);
bool draw_start_measure(App& app, StartMeasureForm& f);
bool draw_stop_measure(App& app, StopMeasureForm& f);
bool draw_reassign(App& app, ReassignForm& f);

}  // namespace overblik::app::views::forms

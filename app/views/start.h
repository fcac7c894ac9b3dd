// The Start screen: welcome, "open demo municipality S/M/L" with one click, or continue in the workspace the
// browser already holds.
#pragma once

#include <optional>
#include <string>

#include "core/demo/demo.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct StartState {
  std::optional<demo::DemoSize> pending;  // a demo being created (drawn once with a message, then generated)
  int frames_waited = 0;
  std::string error;
  // Issue 6: the workspaces section (start_workspaces.cpp).
  std::string renaming;  // id of the workspace whose name is being edited ("" = none)
  std::string new_name;  // the inline rename field
  std::string deleting;  // id waiting for the delete confirmation
  std::string notice;    // outcome of the last workspace action or import
  bool notice_is_error = false;
};

void draw_start(App& app);

// The workspaces in this browser: list, open, rename, delete (confirmed), export, import.
void draw_workspaces(App& app);
// Shows an outcome of a workspace action or import under the list.
void show_workspace_notice(StartState& start, std::string text, bool is_error);

}  // namespace overblik::app::views

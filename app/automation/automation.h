// UI automation: records every widget ImGui submits in a frame (through the test-engine hooks that
// imgui calls when IMGUI_ENABLE_TEST_ENGINE is defined) so browser tests can find widgets by label
// and drive them with the real mouse and keyboard. Off unless the page was opened for automation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace overblik::app::automation {

struct Item {
  ImGuiID id = 0;
  std::string label;          // as submitted, including any "##id" suffix
  ImVec2 min, max;            // rectangle in CSS pixels
  ImVec2 clip_min, clip_max;  // part inside the window's clip rectangle (where a click lands)
  int status = 0;             // ImGuiItemStatusFlags
  bool text = false;          // static text noted by the app (no ImGui id of its own)
  bool has_value = false;
  std::string value;  // current value of an input, noted by the widget
};

// Turns recording on (also tells ImGui to call the hooks). Needs a current ImGui context.
void enable(bool on);
bool enabled();

// Bracket one frame: items recorded between the two calls become the published frame.
void begin_frame();
void end_frame();

// The items of the last complete frame, in submission order.
const std::vector<Item>& items();

// Notes for things ImGui cannot see: the value of the last submitted item, and static text.
void note_value(std::string_view value);
void note_checked(bool checked);  // for toggles ImGui does not report as checkable (selectables)
// Names the last submitted item for widgets imgui 1.90 submits without a label (combos): "Vælg…##ra-to".
void note_label(std::string_view label);
void note_text(std::string_view text, ImVec2 min, ImVec2 max);

// The visible part of a label ("Gem##save" -> "Gem", "Gem###save" -> "Gem").
std::string_view visible_label(std::string_view label);

// The published frame as a JSON array (for the JavaScript bridge).
std::string items_json();

}  // namespace overblik::app::automation

// Small widgets shared by the views. They wrap ImGui so the automation bridge sees what tests need
// (text, values, toggle state); views should prefer these over the raw ImGui calls.
#pragma once

#include <string>

#include "imgui.h"

namespace overblik::app::widgets {

// Static text that browser tests can find by its words.
void text(const char* text);
void text_colored(ImU32 colour, const char* text);
// Text in another font (theme::fonts().heading / .bold).
void text_in(ImFont* font, const char* text);

// A single-line text field bound to a std::string (grows as needed). Returns true when edited.
bool text_field(const char* label, std::string& value, const char* hint = nullptr, float width = 0.0f);

// One button of a segmented control: highlighted when selected. Returns true when clicked.
bool segment(const char* label, bool selected);

}  // namespace overblik::app::widgets

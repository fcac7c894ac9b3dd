// Pieces the cockpit, finance and workshop views share: titles, table style, group names, right-aligned
// amounts and the projector presentation mode (large type, high contrast).
#pragma once

#include <string>

#include "app/i18n/i18n.h"
#include "core/steering/facts.h"
#include "imgui.h"

namespace overblik::app::views {

inline constexpr ImU32 kDangerColour = IM_COL32(220, 38, 38, 255);
inline constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                               ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;

void page_title(const char* title, const char* subtitle);
void section_title(const char* title);
void right_aligned(const std::string& text, const char* id = nullptr);
// Text tests can find by a stable id as well as by its words ("12,5 mio. kr.##scenario-total").
void text_with_id(const std::string& text, const std::string& id, ImU32 colour = 0);
const i18n::Phrase& group_phrase(steering::MeasureGroup g);
// ImGui::TableHeadersRow, with each column name noted as text so tests can find a column by its words.
void headers_row();

// Presentation mode is one switch for all three views (a projector session shows them in turn).
bool& presentation_mode();
struct Presentation {
  bool on = false;
  float line_width = 2.5f;
};
Presentation begin_presentation();
void end_presentation(const Presentation& p);

}  // namespace overblik::app::views

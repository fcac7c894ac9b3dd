#include "app/views/steering_parts.h"

#include "app/automation/automation.h"
#include "app/i18n/steering_text.h"
#include "app/theme/theme.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = steering_text;

void page_title(const char* title, const char* subtitle) {
  widgets::text_in(theme::fonts().heading, title);
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
  widgets::text_colored(theme::kMuted, subtitle);
  ImGui::Spacing();
}

void section_title(const char* title) {
  // On a projector the body is already in the large font: titles stay above it.
  widgets::text_in(presentation_mode() ? theme::fonts().heading : theme::fonts().bold, title);
}

void right_aligned(const std::string& text, const char* id) {
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - w);
  if (id)
    text_with_id(text, id);
  else
    ImGui::TextUnformatted(text.c_str());
}

void text_with_id(const std::string& text, const std::string& id, ImU32 colour) {
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text.c_str());
  if (colour) ImGui::PopStyleColor();
  automation::note_text(text + id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

const i18n::Phrase& group_phrase(steering::MeasureGroup g) {
  switch (g) {
    case steering::MeasureGroup::preventive:
      return t::kGroupPreventive;
    case steering::MeasureGroup::placement:
      return t::kGroupPlacement;
    case steering::MeasureGroup::other:
      return t::kGroupOther;
  }
  return t::kGroupOther;
}

void headers_row() {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    const char* name = ImGui::TableGetColumnName(c);
    ImGui::PushID(c);
    ImGui::TableHeader(name);
    ImGui::PopID();
    automation::note_text(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
}

bool& presentation_mode() {
  static bool on = false;
  return on;
}

Presentation begin_presentation() {
  Presentation p;
  p.on = presentation_mode();
  if (!p.on) return p;
  p.line_width = 4.0f;
  ImGui::PushFont(theme::fonts().heading);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 255));
  ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, IM_COL32(235, 238, 243, 255));
  ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(60, 60, 60, 255));
  return p;
}

void end_presentation(const Presentation& p) {
  if (!p.on) return;
  ImGui::PopStyleColor(3);
  ImGui::PopFont();
}

}  // namespace overblik::app::views

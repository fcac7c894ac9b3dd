#include "app/automation/automation.h"
#include "app/theme/theme.h"
#include "app/widgets/widgets.h"

namespace overblik::app::widgets {

bool segment(const char* label, bool selected) {
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kSurface);
  }
  const bool clicked = ImGui::Button(label);
  automation::note_checked(selected);
  if (selected) ImGui::PopStyleColor(4);
  return clicked;
}

}  // namespace overblik::app::widgets

#include "app/automation/automation.h"
#include "app/widgets/widgets.h"

namespace overblik::app::widgets {

void text(const char* text) {
  ImGui::TextUnformatted(text);
  automation::note_text(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void text_colored(ImU32 colour, const char* value) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  text(value);
  ImGui::PopStyleColor();
}

void text_in(ImFont* font, const char* value) {
  ImGui::PushFont(font);
  text(value);
  ImGui::PopFont();
}

}  // namespace overblik::app::widgets

#include "app/views/home.h"

#include <string>

#include "app/i18n/shell_text.h"
#include "app/theme/theme.h"
#include "app/widgets/widgets.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCountCharsFromUtf8

namespace overblik::app::views {

namespace t = shell_text;
using i18n::tr;

void draw_home(HomeState& state) {
  widgets::text_in(theme::fonts().heading, tr(t::kWelcome));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 640.0f);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  widgets::text(tr(t::kWelcomeBody));
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 8));

  widgets::text_in(theme::fonts().bold, tr(t::kNoteLabel));
  // "##note" keeps the id stable across languages; tests address the field by it.
  widgets::text_field("##note", state.note, tr(t::kNoteHint), 420.0f);
  const std::string count =
      std::to_string(ImTextCountCharsFromUtf8(state.note.c_str(), nullptr)) + " " + tr(t::kCharacters);
  widgets::text_colored(theme::kMuted, count.c_str());
}

}  // namespace overblik::app::views

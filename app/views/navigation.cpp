#include "app/views/navigation.h"

#include "app/app.h"
#include "app/automation/automation.h"
#include "app/i18n/casework_text.h"
#include "app/theme/theme.h"
#include "app/views/cockpit.h"
#include "app/views/economy.h"
#include "app/views/scenario.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = casework_text;
using i18n::tr;

namespace {

struct Entry {
  Screen screen;
  const i18n::Phrase* phrase;
  const char* id;  // stable automation id ("##nav-…")
  bool needs_workspace;
};

constexpr Entry kEntries[] = {
    {Screen::start, &t::kNavStart, "##nav-start", false},
    {Screen::my_cases, &t::kNavMyCases, "##nav-my-cases", true},
    {Screen::team, &t::kNavTeam, "##nav-team", true},
    {Screen::cockpit, &t::kNavCockpit, "##nav-cockpit", true},
    {Screen::economy, &t::kNavEconomy, "##nav-economy", true},
    {Screen::scenarios, &t::kNavScenarios, "##nav-scenarios", true},
};

bool selected(Screen current, Screen entry) {
  return current == entry || (current == Screen::case_page && entry == Screen::my_cases);
}

}  // namespace

void go(App& app, Screen screen) {
  if (screen == Screen::case_page && app.nav.current != Screen::case_page) app.nav.back = app.nav.current;
  app.nav.current = screen;
}

float draw_sidebar(App& app, ImVec2 pos, float height) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(ImVec2(kSidebarWidth, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kSurface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 18));
  ImGui::Begin("##sidebar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  draw.PushClipRectFullScreen();
  draw.AddLine(ImVec2(pos.x + kSidebarWidth - 1, pos.y), ImVec2(pos.x + kSidebarWidth - 1, pos.y + height),
               theme::kBorder);
  draw.PopClipRect();

  const bool open = app.session.is_open();
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 4));
  for (const Entry& e : kEntries) {
    const bool is_selected = selected(app.nav.current, e.screen);
    const bool enabled = open || !e.needs_workspace;
    std::string label = std::string(tr(*e.phrase)) + e.id;
    if (is_selected) ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::BeginDisabled(!enabled);
    if (ImGui::Selectable(label.c_str(), is_selected, 0, ImVec2(kSidebarWidth - 24, 34))) go(app, e.screen);
    ImGui::EndDisabled();
    automation::note_checked(is_selected);
    if (is_selected) ImGui::PopStyleColor();
    if (is_selected) {  // an accent bar on the left edge of the selected entry
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      draw.AddRectFilled(ImVec2(min.x - 12, min.y + 6), ImVec2(min.x - 9, max.y - 6), theme::kAccent, 2.0f);
    }
  }
  ImGui::PopStyleVar(2);
  if (open) {  // the open workspace's name at the bottom
    ImGui::SetCursorPosY(height - 64);
    ImGui::PushTextWrapPos(kSidebarWidth - 12);
    widgets::text_colored(theme::kMuted, app.session.name().c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  return kSidebarWidth;
}

void draw_screen(App& app) {
  if (app.nav.current != Screen::start && !app.session.is_open()) app.nav.current = Screen::start;
  switch (app.nav.current) {
    case Screen::start:
      draw_start(app);
      break;
    case Screen::my_cases:
      draw_my_cases(app);
      break;
    case Screen::case_page:
      draw_case_page(app);
      break;
    case Screen::team:
      draw_team(app);
      break;
    case Screen::cockpit:
      draw_cockpit(app);
      break;
    case Screen::economy:
      draw_economy(app);
      break;
    case Screen::scenarios:
      draw_scenarios(app);
      break;
  }
}

}  // namespace overblik::app::views

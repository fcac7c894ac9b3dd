#include "app/shell/shell.h"

#include "app/i18n/shell_text.h"
#include "app/session/browser_storage.h"
#include "app/settings.h"
#include "app/theme/theme.h"
#include "app/views/home.h"
#include "app/views/navigation.h"
#include "app/widgets/widgets.h"
#include "imgui.h"

namespace overblik::app::shell {

namespace t = shell_text;
using i18n::tr;

namespace {
constexpr ImU32 kReadOnlyBanner = IM_COL32(254, 243, 199, 255);  // amber 100: read-only, not an error
constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

void language_switch(App& app) {
  const auto choose = [&app](i18n::Language language) {
    i18n::set_language(language);
    app.host.save_setting(settings::kLanguage, i18n::code(language));
  };
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2, 0));
  if (widgets::segment("Dansk##lang-da", i18n::language() == i18n::Language::Danish)) choose(i18n::Language::Danish);
  ImGui::SameLine();
  if (widgets::segment("English##lang-en", i18n::language() == i18n::Language::English))
    choose(i18n::Language::English);
  ImGui::PopStyleVar();
}

void top_bar(App& app, const ImGuiViewport& viewport) {
  ImGui::SetNextWindowPos(viewport.Pos);
  ImGui::SetNextWindowSize(ImVec2(viewport.Size.x, theme::kTopBarHeight));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kSurface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::Begin("##topbar", nullptr, kPanel);
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const ImVec2 min = ImGui::GetWindowPos();
  const ImVec2 max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
  draw.PushClipRectFullScreen();  // the rule spans the window, not just its padded content
  draw.AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), theme::kBorder);
  draw.PopClipRect();

  // Brand mark: a rounded accent square, then the product name and a muted tagline.
  const float mark = 22.0f;
  const float mid = min.y + theme::kTopBarHeight * 0.5f;
  const ImVec2 mark_min(min.x + 20.0f, mid - mark * 0.5f);
  draw.AddRectFilled(mark_min, ImVec2(mark_min.x + mark, mark_min.y + mark), theme::kAccent, 6.0f);
  draw.AddRectFilled(ImVec2(mark_min.x + 6, mark_min.y + 12), ImVec2(mark_min.x + 9, mark_min.y + 17), theme::kSurface);
  draw.AddRectFilled(ImVec2(mark_min.x + 11, mark_min.y + 8), ImVec2(mark_min.x + 14, mark_min.y + 17),
                     theme::kSurface);
  draw.AddRectFilled(ImVec2(mark_min.x + 16, mark_min.y + 5), ImVec2(mark_min.x + 19, mark_min.y + 17),
                     theme::kSurface);

  const float line = ImGui::GetFrameHeight();
  ImGui::SetCursorScreenPos(ImVec2(mark_min.x + mark + 10.0f, mid - ImGui::GetTextLineHeight() * 0.5f));
  widgets::text_in(theme::fonts().bold, tr(t::kProductName));
  ImGui::SameLine(0, 14);
  widgets::text_colored(theme::kMuted, tr(t::kTagline));

  const float switch_width =
      ImGui::CalcTextSize("Dansk").x + ImGui::CalcTextSize("English").x + ImGui::GetStyle().FramePadding.x * 4 + 2;
  ImGui::SetCursorScreenPos(ImVec2(max.x - switch_width - 20.0f, mid - line * 0.5f));
  language_switch(app);
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

// The save state in words: "Gemt" only once storage confirmed; why not, or why this tab is read-only.
std::string save_text(const App& app) {
  const i18n::Phrase* phrase = &t::kSaved;
  switch (app.save_state) {
    case SaveState::Saving:
      phrase = &t::kSaving;
      break;
    case SaveState::Unsaved:
      phrase = &t::kUnsaved;
      break;
    case SaveState::ReadOnly:
      phrase = &t::kReadOnly;
      break;
    case SaveState::Saved:
      break;
  }
  std::string text = tr(*phrase);
  if (app.save_state != SaveState::Saved && !app.save_problem.empty()) text += ": " + app.save_problem;
  return text;
}

void status_bar(App& app, const ImGuiViewport& viewport) {
  ImGui::SetNextWindowPos(ImVec2(viewport.Pos.x, viewport.Pos.y + viewport.Size.y - theme::kStatusBarHeight));
  ImGui::SetNextWindowSize(ImVec2(viewport.Size.x, theme::kStatusBarHeight));
  // A read-only tab (issue 6) is a banner: amber, with the way out ("Overtag") beside the reason.
  const bool read_only = app.save_state == SaveState::ReadOnly;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, read_only ? kReadOnlyBanner : theme::kSurface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 0));
  ImGui::Begin("##statusbar", nullptr, kPanel);
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  const ImVec2 min = ImGui::GetWindowPos();
  draw.PushClipRectFullScreen();
  draw.AddLine(min, ImVec2(min.x + ImGui::GetWindowWidth(), min.y), theme::kBorder);
  draw.PopClipRect();

  const bool online = app.host.online();
  const float mid = min.y + theme::kStatusBarHeight * 0.5f;
  draw.AddCircleFilled(ImVec2(min.x + 24.0f, mid), 4.0f, online ? theme::kGood : theme::kWarn);
  ImGui::SetCursorScreenPos(ImVec2(min.x + 34.0f, mid - ImGui::GetTextLineHeight() * 0.5f));
  widgets::text(tr(online ? t::kOnline : t::kOffline));
  ImGui::SameLine(0, 24);
  const std::string saved = save_text(app);
  if (read_only) {
    widgets::text_in(theme::fonts().bold, saved.c_str());
    ImGui::SameLine(0, 16);
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, mid - ImGui::GetFrameHeight() * 0.5f));
    if (ImGui::Button((std::string(tr(t::kTakeOver)) + "##take-over").c_str())) session::take_over_workspace();
  } else {
    widgets::text_colored(theme::kMuted, saved.c_str());
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

void content(App& app, const ImGuiViewport& viewport) {
  const float top = viewport.Pos.y + theme::kTopBarHeight;
  const float height = viewport.Size.y - theme::kTopBarHeight - theme::kStatusBarHeight;
  const float side = views::draw_sidebar(app, ImVec2(viewport.Pos.x, top), height);
  ImGui::SetNextWindowPos(ImVec2(viewport.Pos.x + side, top));
  ImGui::SetNextWindowSize(ImVec2(viewport.Size.x - side, height));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32, 28));
  ImGui::Begin("##content", nullptr, kPanel & ~ImGuiWindowFlags_NoScrollbar);
  views::draw_screen(app);  // issue 7: navigation between the views (app/views/navigation.*)
  ImGui::End();
  ImGui::PopStyleVar(2);
}
}  // namespace

void draw(App& app) {
  const ImGuiViewport& viewport = *ImGui::GetMainViewport();
  content(app, viewport);
  top_bar(app, viewport);
  status_bar(app, viewport);
}

}  // namespace overblik::app::shell

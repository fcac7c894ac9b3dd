#include "app/views/start.h"

#include "app/app.h"
#include "app/i18n/casework_text.h"
#include "app/session/browser_storage.h"
#include "app/theme/theme.h"
#include "app/views/case_page_format.h"
#include "app/views/home.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = casework_text;
using i18n::tr;

namespace {

// The browser's storage loads asynchronously; a demo waits for it this many frames (~3 s at the wake rate
// below) and is then created in memory only.
constexpr int kStorageWaitFrames = 30;

struct DemoCard {
  demo::DemoSize size;
  const i18n::Phrase* title;
  const char* letter;
  int teams, caseworkers, children;
};

constexpr DemoCard kCards[] = {
    {demo::DemoSize::S, &t::kDemoS, "S", 1, 5, 150},
    {demo::DemoSize::M, &t::kDemoM, "M", 4, 40, 1500},
    {demo::DemoSize::L, &t::kDemoL, "L", 25, 300, 10000},
};

void card(App& app, const DemoCard& c, float width) {
  const std::string id = std::string("##demo-card-") + c.letter;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kSurface);
  ImGui::BeginChild(id.c_str(), ImVec2(width, 150), true, ImGuiWindowFlags_NoScrollbar);
  widgets::text_in(theme::fonts().bold, (std::string(tr(*c.title)) + " (" + c.letter + ")").c_str());
  const std::string facts = format_thousands(c.teams) + " " + tr(t::kDemoTeams) + " · " +
                            format_thousands(c.caseworkers) + " " + tr(t::kDemoCaseworkers) + " · " +
                            format_thousands(c.children) + " " + tr(t::kDemoChildren);
  ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);
  widgets::text_colored(theme::kMuted, facts.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - 16);
  const std::string label = std::string(tr(t::kOpenDemo)) + " " + c.letter + "##demo-" + c.letter;
  ImGui::BeginDisabled(app.start.pending.has_value());
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(29, 78, 216, 255));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(30, 64, 175, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kSurface);
  if (ImGui::Button(label.c_str(), ImVec2(-1, 0))) {
    app.start.pending = c.size;
    app.start.frames_waited = 0;
    app.start.error.clear();
  }
  ImGui::PopStyleColor(4);
  ImGui::EndDisabled();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// A new workspace: the views' cached view models belong to the old one.
void after_open(App& app) {
  app.my_cases = {};
  app.team = {};
  app.case_page = {};
  go(app, Screen::my_cases);
}

// Runs a pending demo once its message has been drawn and the storage is ready (or given up on).
void create_pending(App& app) {
  StartState& s = app.start;
  if (!s.pending) return;
  store::Database* target = session::browser_workspace();
  // (An open session already took the browser's connection over: nothing to wait for.)
  const bool may_wait = !target && !app.session.is_open() && s.frames_waited < kStorageWaitFrames;
  if (s.frames_waited++ < 1 || may_wait) {
    app.host.wake_after(0.1);
    return;
  }
  auto opened = app.session.open_demo(*s.pending, 1, target);
  s.pending.reset();
  if (!opened) {
    s.error = opened.error().text();
    return;
  }
  // The browser's workspace now holds the demo: the list says so (issue 6).
  if (app.session.persistent()) session::name_demo_workspace(app.session.name());
  after_open(app);
}

}  // namespace

void draw_start(App& app) {
  draw_home(app.home);
  ImGui::Dummy(ImVec2(0, 12));
  widgets::text_in(theme::fonts().heading, tr(t::kDemoHeading));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 720.0f);
  widgets::text_colored(theme::kMuted, tr(t::kDemoBody));
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 4));

  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const float width = std::min(280.0f, (ImGui::GetContentRegionAvail().x - gap * 2) / 3.0f);
  for (size_t i = 0; i < std::size(kCards); ++i) {
    if (i > 0) ImGui::SameLine(0, gap);
    card(app, kCards[i], width);
  }

  if (app.start.pending) {
    widgets::text_colored(theme::kAccent, tr(t::kGenerating));
    create_pending(app);
  }
  if (!app.start.error.empty()) widgets::text_colored(kDanger, app.start.error.c_str());

  if (app.session.is_open()) {
    ImGui::Dummy(ImVec2(0, 8));
    const std::string open = std::string(tr(t::kOpenedIn)) + ": " + app.session.name();
    widgets::text(open.c_str());
    if (!app.session.persistent()) widgets::text_colored(theme::kWarn, tr(t::kNotSaved));
  } else if (store::Database* db = session::browser_workspace(); db && session::Session::holds_workspace(*db)) {
    // A workspace from an earlier visit (e.g. a demo created before a reload): continue in it.
    ImGui::Dummy(ImVec2(0, 8));
    const std::string text = std::string(tr(t::kContinue)) + " " + session::Session::workspace_name(*db);
    widgets::text(text.c_str());
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr(t::kOpen)) + "##open-existing").c_str())) {
      if (auto s = app.session.open_existing(db); !s)
        app.start.error = s.error().text();
      else
        after_open(app);
    }
  }
  draw_workspaces(app);  // issue 6: the workspaces in this browser (start_workspaces.cpp)
}

}  // namespace overblik::app::views

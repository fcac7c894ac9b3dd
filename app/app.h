// The app's state and its one entry point per frame. Views live in app/views/ and keep their own
// state struct here; they read view models from the core and emit commands (see ARCHITECTURE.md).
#pragma once

#include <string>

#include "app/host.h"
#include "app/session/session.h"
#include "app/views/case_page.h"
#include "app/views/home.h"
#include "app/views/my_cases.h"
#include "app/views/navigation.h"
#include "app/views/start.h"
#include "app/views/team.h"

namespace overblik::app {

enum class SaveState { Saved, Saving, Unsaved, ReadOnly };

struct App {
  explicit App(Host& host) : host(host) {}
  Host& host;
  SaveState save_state = SaveState::Saved;  // follows the browser storage (wasm/persist/app_link.cpp)
  std::string save_problem;                 // why not saved / why read-only, in the UI language ("" = none)
  views::HomeState home;
  // Issue 7: the open workspace and the caseworker's and team leader's views.
  session::Session session;
  views::Navigation nav;
  views::StartState start;
  views::MyCasesState my_cases;
  views::CasePageState case_page;
  views::TeamState team;
};

// Restores remembered settings (language). Call once before the first frame.
void init(App& app);

// Draws one frame of the whole UI (between ImGui::NewFrame and ImGui::Render).
void draw(App& app);

}  // namespace overblik::app

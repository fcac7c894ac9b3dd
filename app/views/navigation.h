// The app's screens and the left sidebar that switches between them. One small file that the views'
// engineers extend: add a Screen, an entry in kEntries (navigation.cpp) and a case in draw_screen.
#pragma once

#include "imgui.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

enum class Screen { start, my_cases, case_page, team, cockpit, economy, scenarios };

struct Navigation {
  Screen current = Screen::start;
  Screen back = Screen::my_cases;  // where the case page's back button returns to
};

inline constexpr float kSidebarWidth = 208.0f;

// The sidebar window at `pos` with `height` (CSS px); returns its width.
float draw_sidebar(App& app, ImVec2 pos, float height);
// The current screen's content (inside the shell's content window).
void draw_screen(App& app);
// Switches screens (remembers where the case page returns to).
void go(App& app, Screen screen);

}  // namespace overblik::app::views

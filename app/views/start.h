// The Start screen: welcome, "open demo municipality S/M/L" with one click, or continue in the workspace the
// browser already holds.
#pragma once

#include <optional>
#include <string>

#include "core/demo/demo.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct StartState {
  std::optional<demo::DemoSize> pending;  // a demo being created (drawn once with a message, then generated)
  int frames_waited = 0;
  std::string error;
};

void draw_start(App& app);

}  // namespace overblik::app::views

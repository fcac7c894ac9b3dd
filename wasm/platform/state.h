// The browser platform's state. JavaScript calls into C++ through plain exported functions, so the
// state lives in one place that those entry points share (the app's own state is in app::App).
#pragma once

#include <string>
#include <vector>

namespace overblik::app {
struct App;
}

namespace overblik::web {

struct State {
  app::App* app = nullptr;

  // Display: CSS size of the canvas and the device pixel ratio the fonts were built for.
  float css_width = 0.0f, css_height = 0.0f, dpr = 1.0f, fonts_dpr = 0.0f;

  // Fonts fetched by JavaScript (kept: the atlas is rebuilt from them when the DPR changes).
  std::vector<unsigned char> font_regular, font_bold;
  bool fonts_ready = false;

  // Frame scheduling: frames still to draw before going idle, frames drawn so far.
  int frames_left = 0;
  double frame_count = 0;
  double last_time = 0.0;
  bool text_input_active = false;
  // emscripten_get_now() once the last frame's draw lists were built, before WebGL (bench/frame).
  double ui_built_at = 0.0;

  // Last text ImGui copied or the browser pasted (ImGui's GetClipboardText returns it).
  std::string clipboard;
};

State& state();

// Draw at least `frames` more frames (input arrived, or something changed). Cheap to call often.
void request_frames(int frames = 3);

// Sets up the WebGL2 context on #canvas, ImGui, and the renderer (renderer.h).
bool init_graphics();
// Reads the canvas' CSS size and the DPR, sizes the backing store, rebuilds fonts when the DPR changed.
void update_display();
// Installs mouse, wheel, touch, keyboard, focus and resize listeners.
void install_input();
// Routes ImGui's clipboard to the system clipboard.
void install_clipboard();
// One frame: ImGui::NewFrame, app::draw, ImGui::Render.
void draw_frame();

}  // namespace overblik::web

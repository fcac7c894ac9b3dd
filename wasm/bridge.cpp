// Entry points JavaScript calls: fonts arriving, and the automation bridge (window.overblik).
#include <emscripten/emscripten.h>

#include <string>

#include "app/automation/automation.h"
#include "wasm/platform/state.h"

extern "C" {

// One font file fetched by JavaScript: 0 = regular, 1 = bold. The bytes are copied.
EMSCRIPTEN_KEEPALIVE void overblik_on_font(int index, const unsigned char* bytes, int size) {
  auto& target = index == 0 ? overblik::web::state().font_regular : overblik::web::state().font_bold;
  target.assign(bytes, bytes + (size > 0 ? size : 0));
}

// All fonts are in (or failed: then ImGui's built-in font is used). Drawing starts now.
EMSCRIPTEN_KEEPALIVE void overblik_on_fonts_done() {
  overblik::web::state().fonts_ready = true;
  overblik::web::request_frames();
}

EMSCRIPTEN_KEEPALIVE double overblik_frame_count() {
  return overblik::web::state().frame_count;
}

// The widgets of the last drawn frame as JSON. The pointer stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* overblik_items_json() {
  static std::string json;
  json = overblik::app::automation::items_json();
  return json.c_str();
}
}

// WebGL2 context, ImGui context and the canvas backing store (HiDPI: device pixels = CSS px * DPR).
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <cmath>

#include "app/theme/theme.h"
#include "imgui.h"
#include "wasm/platform/renderer.h"
#include "wasm/platform/state.h"

namespace overblik::web {

namespace {
constexpr const char* kCanvas = "#canvas";

void rebuild_fonts(float dpr) {
  ImGuiIO& io = ImGui::GetIO();
  io.FontGlobalScale = app::theme::build_fonts(*io.Fonts, state().font_regular, state().font_bold, dpr);
  renderer::upload_fonts();
  state().fonts_dpr = dpr;
}
}  // namespace

bool init_graphics() {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(kCanvas, &attributes);
  if (context <= 0 || emscripten_webgl_make_context_current(context) != EMSCRIPTEN_RESULT_SUCCESS) return false;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;               // layout is fixed; nothing to remember in imgui.ini
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames forever
  io.BackendPlatformName = "overblik_html5";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  app::theme::apply_style(ImGui::GetStyle());
  return renderer::init();
}

void update_display() {
  State& s = state();
  double width = 0, height = 0;
  emscripten_get_element_css_size(kCanvas, &width, &height);
  const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  s.css_width = static_cast<float>(width);
  s.css_height = static_cast<float>(height);
  s.dpr = dpr > 0.0f ? dpr : 1.0f;
  int backing_width = 0, backing_height = 0;
  const int wanted_width = static_cast<int>(std::lround(width * s.dpr));
  const int wanted_height = static_cast<int>(std::lround(height * s.dpr));
  emscripten_get_canvas_element_size(kCanvas, &backing_width, &backing_height);
  if (backing_width != wanted_width || backing_height != wanted_height)
    emscripten_set_canvas_element_size(kCanvas, wanted_width, wanted_height);

  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(s.css_width, s.css_height);
  io.DisplayFramebufferScale = ImVec2(s.dpr, s.dpr);
  if (s.fonts_ready && s.fonts_dpr != s.dpr) rebuild_fonts(s.dpr);
}

}  // namespace overblik::web

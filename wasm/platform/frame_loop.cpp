// Draws only when something happened: input, a timer the app asked for, or ImGui still settling.
// An untouched window draws no frames at all (no requestAnimationFrame is pending).
#include <emscripten/emscripten.h>

#include <algorithm>

#include "app/app.h"
#include "app/automation/automation.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "wasm/persist/app_link.h"
#include "wasm/platform/js_api.h"
#include "wasm/platform/renderer.h"
#include "wasm/platform/state.h"
#include "wasm/pwa/update.h"       // issue 8: new version notice
#include "wasm/sync/sync_panel.h"  // issue 8: browser sync

namespace overblik::web {

namespace {
const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_None:
      return "none";
    case ImGuiMouseCursor_TextInput:
      return "text";
    case ImGuiMouseCursor_ResizeAll:
      return "move";
    case ImGuiMouseCursor_ResizeNS:
      return "ns-resize";
    case ImGuiMouseCursor_ResizeEW:
      return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW:
      return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE:
      return "nwse-resize";
    case ImGuiMouseCursor_Hand:
      return "pointer";
    case ImGuiMouseCursor_NotAllowed:
      return "not-allowed";
    default:
      return "default";
  }
}

// After the frames an input asked for: keep going while ImGui has queued input left (it spreads a
// press and release over two frames), and wake once more when a hover delay will elapse (tooltips).
void schedule_after_frame() {
  State& s = state();
  const ImGuiContext& g = *GImGui;
  if (g.InputEventsQueue.Size > 0) s.frames_left = std::max(s.frames_left, 1);
  if (s.frames_left > 0) {
    overblik_js_request_frame();
    return;
  }
  const float delay = g.Style.HoverDelayNormal + 0.05f;
  if (g.HoveredId != 0 && g.HoveredIdTimer < delay) overblik_js_wake_after((delay - g.HoveredIdTimer) * 1000.0);
}
}  // namespace

State& state() {
  static State instance;
  return instance;
}

void request_frames(int frames) {
  State& s = state();
  s.frames_left = std::max(s.frames_left, frames);
  if (s.fonts_ready) overblik_js_request_frame();
}

void draw_frame() {
  State& s = state();
  update_display();
  ImGuiIO& io = ImGui::GetIO();
  const double now = emscripten_get_now() / 1000.0;
  // Frames are sparse: the first one after a pause sees the whole pause, clamped so timers stay sane.
  io.DeltaTime = s.last_time > 0.0 ? static_cast<float>(std::clamp(now - s.last_time, 1e-4, 1.0)) : 1.0f / 60.0f;
  s.last_time = now;

  ImGui::NewFrame();
  app::automation::begin_frame();
  persist::update_app(*s.app);  // issue 6: open the loaded workspace, follow its save state
  app::draw(*s.app);
  pwa::draw_update_notice(*s.app);   // issue 8: "Ny version klar", applied once saved
  websync::draw_sync_panel(*s.app);  // issue 8: sync status, "Synkronisér", settings
  ImGui::Render();
  app::automation::end_frame();
  s.ui_built_at = emscripten_get_now();

  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  renderer::clear(static_cast<int>(io.DisplaySize.x * s.dpr), static_cast<int>(io.DisplaySize.y * s.dpr),
                  ImVec4(bg.x, bg.y, bg.z, 1.0f));
  renderer::render(*ImGui::GetDrawData());

  s.frame_count += 1;
  if (s.frames_left > 0) --s.frames_left;
  if (io.WantTextInput != s.text_input_active) {
    s.text_input_active = io.WantTextInput;
    overblik_js_text_input(io.WantTextInput ? 1 : 0);
  }
  overblik_js_set_cursor(css_cursor(io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor()));
  schedule_after_frame();
}

}  // namespace overblik::web

extern "C" {
// Called by requestAnimationFrame (see overblik_js_request_frame).
EMSCRIPTEN_KEEPALIVE void overblik_frame() {
  if (overblik::web::state().fonts_ready) overblik::web::draw_frame();
}
// Called by timers and by page events that change what is shown (online/offline, visibility).
EMSCRIPTEN_KEEPALIVE void overblik_wake() {
  overblik::web::request_frames(2);
}
}

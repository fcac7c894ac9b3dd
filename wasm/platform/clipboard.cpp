// System clipboard: ImGui's copy goes to navigator.clipboard; a paste arrives as the browser's
// 'paste' event (bridge.cpp) and is replayed to ImGui as Ctrl+V with the pasted text.
#include <emscripten/emscripten.h>

#include "imgui.h"
#include "wasm/platform/js_api.h"
#include "wasm/platform/state.h"

namespace overblik::web {

namespace {
void set_clipboard(void*, const char* text) {
  state().clipboard = text ? text : "";
  overblik_js_set_clipboard(state().clipboard.c_str());
}

const char* get_clipboard(void*) {
  return state().clipboard.c_str();
}
}  // namespace

void install_clipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = set_clipboard;
  io.GetClipboardTextFn = get_clipboard;
}

}  // namespace overblik::web

extern "C" {
// The browser's 'paste' event: remember its text and let ImGui paste it where the caret is.
EMSCRIPTEN_KEEPALIVE void overblik_on_paste(const char* utf8) {
  using namespace overblik::web;
  state().clipboard = utf8 ? utf8 : "";
  ImGuiIO& io = ImGui::GetIO();
  const bool ctrl_held = io.KeyCtrl;
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl_held);
  request_frames();
}

// Characters from the hidden text input ('input' events: typing, dead keys, IME, Danish æøå).
EMSCRIPTEN_KEEPALIVE void overblik_on_text(const char* utf8) {
  using namespace overblik::web;
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  request_frames();
}
}

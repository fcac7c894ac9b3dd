// DOM input (emscripten/html5.h) to ImGui's input queue. Every event asks for frames; nothing else does.
// Typed characters do not come from here: they arrive through the hidden text input (wasm/bridge.cpp).
#include <emscripten/html5.h>

#include <cstring>

#include "imgui.h"
#include "wasm/platform/key_map.h"
#include "wasm/platform/state.h"

namespace overblik::web {

namespace {
constexpr const char* kCanvas = "#canvas";

void modifiers(bool ctrl, bool shift, bool alt, bool super) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, super);
}

int imgui_button(unsigned short dom_button) {
  switch (dom_button) {
    case 0:
      return ImGuiMouseButton_Left;
    case 1:
      return ImGuiMouseButton_Middle;
    case 2:
      return ImGuiMouseButton_Right;
    default:
      return dom_button < ImGuiMouseButton_COUNT ? dom_button : -1;
  }
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  // The canvas fills the window at (0, 0): client coordinates are ImGui coordinates (CSS px).
  io.AddMousePosEvent(static_cast<float>(e->clientX), static_cast<float>(e->clientY));
  const int button = imgui_button(e->button);
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN && button >= 0) io.AddMouseButtonEvent(button, true);
  if (type == EMSCRIPTEN_EVENT_MOUSEUP && button >= 0) io.AddMouseButtonEvent(button, false);
  request_frames();
  // Keep focus where it is on mousedown (the hidden text input must not lose it to the canvas).
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  request_frames();
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // ImGui counts wheel notches; browsers report pixels (about 100 a notch), lines or pages.
  double scale = 1.0 / 100.0;
  if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0 / 3.0;
  if (e->deltaMode == DOM_DELTA_PAGE) scale = 1.0;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale), static_cast<float>(-e->deltaY * scale));
  request_frames();
  return EM_TRUE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  if (e->numTouches < 1) return EM_FALSE;
  const EmscriptenTouchPoint& touch = e->touches[0];
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(static_cast<float>(touch.clientX), static_cast<float>(touch.clientY));
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL)
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  request_frames();
  return EM_TRUE;  // no synthetic mouse events, no page scroll
}

bool is_paste(const EmscriptenKeyboardEvent& e, ImGuiKey key) {
  return ((e.ctrlKey || e.metaKey) && key == ImGuiKey_V) || (e.shiftKey && key == ImGuiKey_Insert);
}

// Keys whose browser default would fight the app: focus moves, line breaks and undo in the hidden input.
bool keep_from_browser(const EmscriptenKeyboardEvent& e, ImGuiKey key) {
  switch (key) {
    case ImGuiKey_Tab:
    case ImGuiKey_Enter:
    case ImGuiKey_KeypadEnter:
    case ImGuiKey_Escape:
    case ImGuiKey_LeftArrow:
    case ImGuiKey_RightArrow:
    case ImGuiKey_UpArrow:
    case ImGuiKey_DownArrow:
    case ImGuiKey_PageUp:
    case ImGuiKey_PageDown:
    case ImGuiKey_Home:
    case ImGuiKey_End:
      return true;
    case ImGuiKey_A:
    case ImGuiKey_Z:
    case ImGuiKey_Y:
      return e.ctrlKey || e.metaKey;
    default:
      return false;
  }
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  const ImGuiKey key = key_from_dom(e->key, e->code);
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  ImGuiIO& io = ImGui::GetIO();
  modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  request_frames();
  // A paste is left to the browser: its 'paste' event brings the clipboard text (bridge.cpp).
  if (is_paste(*e, key)) return EM_FALSE;
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  return down && keep_from_browser(*e, key);
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  request_frames();
  return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  request_frames();
  return EM_FALSE;
}
}  // namespace

void install_input() {
  const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
  const char* document = EMSCRIPTEN_EVENT_TARGET_DOCUMENT;
  emscripten_set_mousedown_callback(kCanvas, nullptr, EM_TRUE, on_mouse);
  // Moves and releases on the window: a drag that leaves the canvas still ends.
  emscripten_set_mousemove_callback(window, nullptr, EM_TRUE, on_mouse);
  emscripten_set_mouseup_callback(window, nullptr, EM_TRUE, on_mouse);
  emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_TRUE, on_mouse_leave);
  emscripten_set_wheel_callback(kCanvas, nullptr, EM_FALSE, on_wheel);
  emscripten_set_touchstart_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchmove_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchend_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_keydown_callback(document, nullptr, EM_TRUE, on_key);
  emscripten_set_keyup_callback(document, nullptr, EM_TRUE, on_key);
  emscripten_set_focus_callback(window, nullptr, EM_FALSE, on_focus);
  emscripten_set_blur_callback(window, nullptr, EM_FALSE, on_focus);
  emscripten_set_resize_callback(window, nullptr, EM_FALSE, on_resize);
}

}  // namespace overblik::web

#include "wasm/platform/key_map.h"

#include <cstring>

namespace overblik::web {

namespace {
struct Named {
  const char* code;
  ImGuiKey key;
};

constexpr Named kCodes[] = {
    {"Tab", ImGuiKey_Tab},
    {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},
    {"ArrowDown", ImGuiKey_DownArrow},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete},
    {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter},
    {"Escape", ImGuiKey_Escape},
    {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift},
    {"ShiftRight", ImGuiKey_RightShift},
    {"AltLeft", ImGuiKey_LeftAlt},
    {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper},
    {"MetaRight", ImGuiKey_RightSuper},
    {"ContextMenu", ImGuiKey_Menu},
    {"Quote", ImGuiKey_Apostrophe},
    {"Comma", ImGuiKey_Comma},
    {"Minus", ImGuiKey_Minus},
    {"Period", ImGuiKey_Period},
    {"Slash", ImGuiKey_Slash},
    {"Semicolon", ImGuiKey_Semicolon},
    {"Equal", ImGuiKey_Equal},
    {"BracketLeft", ImGuiKey_LeftBracket},
    {"Backslash", ImGuiKey_Backslash},
    {"BracketRight", ImGuiKey_RightBracket},
    {"Backquote", ImGuiKey_GraveAccent},
    {"CapsLock", ImGuiKey_CapsLock},
    {"ScrollLock", ImGuiKey_ScrollLock},
    {"NumLock", ImGuiKey_NumLock},
    {"PrintScreen", ImGuiKey_PrintScreen},
    {"Pause", ImGuiKey_Pause},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal},
    {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply},
    {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd},
    {"NumpadEqual", ImGuiKey_KeypadEqual},
};

ImGuiKey offset(ImGuiKey first, int n) {
  return static_cast<ImGuiKey>(first + n);
}

bool starts_with(const char* text, const char* prefix) {
  return std::strncmp(text, prefix, std::strlen(prefix)) == 0;
}

ImGuiKey single_character(const char* key) {
  if (key[0] == '\0' || key[1] != '\0') return ImGuiKey_None;
  const char c = key[0];
  if (c >= 'a' && c <= 'z') return offset(ImGuiKey_A, c - 'a');
  if (c >= 'A' && c <= 'Z') return offset(ImGuiKey_A, c - 'A');
  if (c >= '0' && c <= '9') return offset(ImGuiKey_0, c - '0');
  return ImGuiKey_None;
}

// "Digit7" with prefix "Digit" -> 7; -1 when the code is not prefix + number.
int number_after(const char* code, const char* prefix) {
  if (!starts_with(code, prefix)) return -1;
  const char* digits = code + std::strlen(prefix);
  if (*digits == '\0') return -1;
  int n = 0;
  for (; *digits >= '0' && *digits <= '9' && n < 100; ++digits) n = n * 10 + (*digits - '0');
  return *digits == '\0' ? n : -1;
}

}  // namespace

ImGuiKey key_from_dom(const char* key, const char* code) {
  if (ImGuiKey k = single_character(key); k != ImGuiKey_None) return k;
  for (const Named& named : kCodes)
    if (std::strcmp(code, named.code) == 0) return named.key;
  if (starts_with(code, "Key") && code[3] >= 'A' && code[3] <= 'Z' && code[4] == '\0')
    return offset(ImGuiKey_A, code[3] - 'A');
  if (int n = number_after(code, "Digit"); n >= 0 && n <= 9) return offset(ImGuiKey_0, n);
  if (int n = number_after(code, "Numpad"); n >= 0 && n <= 9) return offset(ImGuiKey_Keypad0, n);
  if (int n = number_after(code, "F"); n >= 1 && n <= 24) return offset(ImGuiKey_F1, n - 1);
  return ImGuiKey_None;
}

}  // namespace overblik::web

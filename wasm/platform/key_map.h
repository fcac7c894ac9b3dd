// DOM KeyboardEvent key/code names to ImGui keys.
#pragma once

#include "imgui.h"

namespace overblik::web {

// `key` is the layout-aware name ("a", "Enter"), `code` the physical one ("KeyA"). Letters and
// digits follow the layout (ImGui keys are translated keys); other keys follow the physical code.
ImGuiKey key_from_dom(const char* key, const char* code);

}  // namespace overblik::web

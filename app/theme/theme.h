// The look: a light, calm theme with generous spacing and rounded corners, and the font roles.
#pragma once

#include <span>

#include "imgui.h"

namespace overblik::app::theme {

// Colours shared by the shell and the views (ImGui's packed ABGR).
inline constexpr ImU32 kAccent = IM_COL32(37, 99, 235, 255);        // blue 600
inline constexpr ImU32 kAccentSoft = IM_COL32(219, 234, 254, 255);  // blue 100
inline constexpr ImU32 kInk = IM_COL32(17, 24, 39, 255);            // gray 900
inline constexpr ImU32 kMuted = IM_COL32(107, 114, 128, 255);       // gray 500
inline constexpr ImU32 kSurface = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kBackground = IM_COL32(246, 247, 249, 255);
inline constexpr ImU32 kBorder = IM_COL32(229, 231, 235, 255);
inline constexpr ImU32 kGood = IM_COL32(22, 163, 74, 255);
inline constexpr ImU32 kWarn = IM_COL32(217, 119, 6, 255);

// Sizes in CSS pixels.
inline constexpr float kBodySize = 15.0f;
inline constexpr float kHeadingSize = 22.0f;
inline constexpr float kTopBarHeight = 52.0f;
inline constexpr float kStatusBarHeight = 30.0f;

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
};
const Fonts& fonts();

// Rebuilds the font atlas from TrueType data for a device pixel ratio: glyphs are rasterized at
// size * dpr and drawn at 1/dpr so text stays sharp on HiDPI screens. The data must outlive the atlas.
// Returns the FontGlobalScale to set (1/dpr).
float build_fonts(ImFontAtlas& atlas, std::span<const unsigned char> regular, std::span<const unsigned char> bold,
                  float dpr);

void apply_style(ImGuiStyle& style);

}  // namespace overblik::app::theme

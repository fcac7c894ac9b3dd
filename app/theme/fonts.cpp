#include "app/theme/theme.h"

namespace overblik::app::theme {

namespace {
Fonts current;

// Latin-1 (æ ø å é ü …), dashes, quotes, ellipsis, bullet, euro, arrows, check marks, triangles.
constexpr ImWchar kRanges[] = {0x0020, 0x00FF, 0x0152, 0x0153, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2026, 0x20AC,
                               0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x25B2, 0x25BC, 0x2713, 0x2717, 0};

ImFont* add(ImFontAtlas& atlas, std::span<const unsigned char> ttf, float size) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the platform keeps the bytes for rebuilds at another DPR
  config.OversampleH = 1;               // rasterized at device resolution already
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // ImGui's API takes void* but does not write when it does not own the data.
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()), static_cast<int>(ttf.size()), size, &config,
                                    kRanges);
}
}  // namespace

const Fonts& fonts() {
  return current;
}

float build_fonts(ImFontAtlas& atlas, std::span<const unsigned char> regular, std::span<const unsigned char> bold,
                  float dpr) {
  atlas.Clear();
  current = {};
  if (regular.empty()) {
    current.body = current.bold = current.heading = atlas.AddFontDefault();
    return 1.0f;
  }
  current.body = add(atlas, regular, kBodySize * dpr);
  const auto strong = bold.empty() ? regular : bold;
  current.bold = add(atlas, strong, kBodySize * dpr);
  current.heading = add(atlas, strong, kHeadingSize * dpr);
  atlas.Build();
  return 1.0f / dpr;
}

}  // namespace overblik::app::theme

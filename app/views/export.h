// Browser downloads for the steering views (no-ops outside the browser).
#pragma once

#include <string>

#include "imgui.h"

namespace overblik::app::views {

void download_text(const std::string& file_name, const std::string& mime, const std::string& text);
// The screen rectangle [min, max] (CSS px) of the canvas as a PNG file.
void download_png(ImVec2 min, ImVec2 max, const std::string& file_name);

}  // namespace overblik::app::views

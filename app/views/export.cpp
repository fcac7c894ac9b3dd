#include "app/views/export.h"

#ifdef __EMSCRIPTEN__
extern "C" {
void overblik_js_download(const char* name, const char* mime, const char* text);
void overblik_js_png(float x, float y, float w, float h, const char* name);
}
#endif

namespace overblik::app::views {

void download_text(const std::string& file_name, const std::string& mime, const std::string& text) {
#ifdef __EMSCRIPTEN__
  overblik_js_download(file_name.c_str(), mime.c_str(), text.c_str());
#else
  (void)file_name, (void)mime, (void)text;
#endif
}

void download_png(ImVec2 min, ImVec2 max, const std::string& file_name) {
#ifdef __EMSCRIPTEN__
  overblik_js_png(min.x, min.y, max.x - min.x, max.y - min.y, file_name.c_str());
#else
  (void)min, (void)max, (void)file_name;
#endif
}

}  // namespace overblik::app::views

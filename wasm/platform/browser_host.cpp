#include "wasm/platform/browser_host.h"

#include <cstdlib>
#include <string>

#include "wasm/platform/js_api.h"

namespace overblik::web {

std::string BrowserHost::load_setting(std::string_view key) {
  char* value = overblik_js_storage_get(std::string(key).c_str());
  if (!value) return {};
  std::string result(value);
  std::free(value);
  return result;
}

void BrowserHost::save_setting(std::string_view key, std::string_view value) {
  overblik_js_storage_set(std::string(key).c_str(), std::string(value).c_str());
}

bool BrowserHost::online() const {
  return overblik_js_online() != 0;
}

void BrowserHost::wake_after(double seconds) {
  overblik_js_wake_after(seconds * 1000.0);
}

}  // namespace overblik::web

// What the app needs from the platform it runs on (browser today, maybe native later).
// The app never calls Emscripten or the DOM directly; wasm/ implements this interface.
#pragma once

#include <string>
#include <string_view>

namespace overblik::app {

class Host {
 public:
  virtual ~Host() = default;
  // Small user settings that survive reloads (localStorage in the browser). Empty when unset.
  virtual std::string load_setting(std::string_view key) = 0;
  virtual void save_setting(std::string_view key, std::string_view value) = 0;
  // Network reachability as the platform sees it (navigator.onLine).
  virtual bool online() const = 0;
  // Draw again after `seconds` even without input (timers, delayed messages). The app renders only
  // on input or when asked to, so anything time-driven must ask.
  virtual void wake_after(double seconds) = 0;
};

}  // namespace overblik::app

// app::Host for the browser: localStorage, navigator.onLine, timers.
#pragma once

#include "app/host.h"

namespace overblik::web {

class BrowserHost final : public app::Host {
 public:
  std::string load_setting(std::string_view key) override;
  void save_setting(std::string_view key, std::string_view value) override;
  bool online() const override;
  void wake_after(double seconds) override;
};

}  // namespace overblik::web

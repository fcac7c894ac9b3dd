// Keys of the small settings the app remembers through Host::load_setting/save_setting.
#pragma once

namespace overblik::app::settings {

inline constexpr const char* kLanguage = "overblik.language";  // "da" | "en"

}  // namespace overblik::app::settings

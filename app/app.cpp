#include "app/app.h"

#include "app/i18n/i18n.h"
#include "app/settings.h"
#include "app/shell/shell.h"

namespace overblik::app {

void init(App& app) {
  if (auto language = i18n::parse(app.host.load_setting(settings::kLanguage))) i18n::set_language(*language);
}

void draw(App& app) {
  shell::draw(app);
}

}  // namespace overblik::app

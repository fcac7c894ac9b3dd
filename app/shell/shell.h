// The frame around every view: top bar (product name, language switch), content, status bar.
#pragma once

#include "app/app.h"

namespace overblik::app::shell {

void draw(App& app);

}  // namespace overblik::app::shell

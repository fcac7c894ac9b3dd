#pragma once
// Issue 8: the "new version ready" notice. The service worker (shell/sw.js) installs a new build in the
// background; the page (shell/pwa.js) tells us, we show "Ny version klar" with a button, and the new
// version takes over (skipWaiting + reload) only once the workspace is saved: no pending write is lost.
#include "app/app.h"

namespace overblik::pwa {

// Listens for the page's update events (wakes a frame when one arrives). Call once in main().
void start_updates();

// Draws the notice when an update is waiting and applies it when asked and saved. Call each frame.
void draw_update_notice(app::App& app);

}  // namespace overblik::pwa

// Browser entry point: set up WebGL2 + ImGui, install the input listeners, fetch the fonts, and return.
// From then on frames are drawn only on demand (see platform/frame_loop.cpp): no main loop spins.
#include "app/app.h"
#include "app/automation/automation.h"
#include "wasm/persist/app_link.h"  // issue 6: workspace storage
#include "wasm/platform/browser_host.h"
#include "wasm/platform/js_api.h"
#include "wasm/platform/state.h"
#include "wasm/pwa/update.h"  // issue 8: service worker updates

int main() {
  using namespace overblik;
  static web::BrowserHost host;
  static app::App app(host);
  web::state().app = &app;

  if (!web::init_graphics()) {
    overblik_js_fatal("Overblik kræver WebGL2. / Overblik needs WebGL2.");
    return 1;
  }
  const bool automation = overblik_js_init() != 0;
  app::automation::enable(automation);
  web::install_input();
  web::install_clipboard();
  app::init(app);
  persist::start_app_storage();  // issue 6: open the last used workspace from IndexedDB
  pwa::start_updates();          // issue 8: wake when the service worker has a new version
  overblik_js_load_fonts();
  return 0;
}

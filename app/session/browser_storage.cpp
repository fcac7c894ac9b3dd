#include "app/session/browser_storage.h"

#include "wasm/persist/app_link.h"

namespace overblik::app::session {

store::Database* browser_workspace() {
  store::Database* db = persist::app_database();
  // A connection the session already took over is left empty (moved from): not available any more.
  return db && db->raw() ? db : nullptr;
}

}  // namespace overblik::app::session

#include "app/session/browser_storage.h"

#include "wasm/persist/app_link.h"
#include "wasm/persist/storage.h"
#include "wasm/persist/workspaces.h"

namespace overblik::app::session {

store::Database* browser_workspace() {
  store::Database* db = persist::app_database();
  // A connection the session already took over is left empty (moved from): not available any more.
  return db && db->raw() ? db : nullptr;
}

void take_over_workspace() {
  if (!persist::app_workspace_id().empty()) persist::request_take_over(persist::app_workspace_id());
}

void name_demo_workspace(const std::string& name) {
  if (!persist::app_workspace_id().empty()) persist::mark_demo_workspace(persist::app_workspace_id(), name);
}

}  // namespace overblik::app::session

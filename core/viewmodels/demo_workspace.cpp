#include "core/viewmodels/demo_workspace.h"

#include "core/store/schema.h"

namespace overblik::viewmodels {

Result<store::Workspace> create_demo_workspace(store::Database db, const demo::DemoOptions& options,
                                               const std::string& device_id) {
  if (auto s = store::migrate(db); !s) return s.error();
  if (auto s = demo::generate_demo(db, options); !s) return s.error();
  // The demo's rows keep device "demo"; this device's identity signs what is written from now on.
  return store::Workspace::adopt(std::move(db), device_id);
}

Day workspace_as_of(store::Workspace& ws, Day fallback) {
  auto text = ws.meta("as_of");
  if (!text || text.value().empty()) return fallback;
  auto day = parse_iso_date(text.value());
  return day ? day.value() : fallback;
}

}  // namespace overblik::viewmodels

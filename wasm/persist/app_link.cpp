// See app_link.h. The browser platform owns one open workspace per tab; this file keeps it.
#include "wasm/persist/app_link.h"

#include <cstdio>
#include <optional>

#include "core/store/schema.h"
#include "wasm/persist/storage.h"

extern "C" {
// library_persist.js: opens the last used workspace (or a new one); the id, or "" while it is loading.
void overblik_persist_open_default();
int overblik_persist_active(char* buf, int len);
}

namespace overblik::persist {
namespace {

struct AppStorage {
  std::string id;
  std::optional<store::Database> db;
  bool failed = false;
};

AppStorage& app_storage() {
  static AppStorage s;
  return s;
}

app::SaveState save_state_of(const SaveStatus& s) {
  if (s.error || !s.writable) return app::SaveState::Unsaved;
  return s.pending > 0 ? app::SaveState::Saving : app::SaveState::Saved;
}

}  // namespace

void start_app_storage() {
  if (auto st = init_storage(); !st.ok()) {
    std::fprintf(stderr, "%s\n", st.error().text().c_str());
    app_storage().failed = true;
    return;
  }
  overblik_persist_open_default();
}

void update_app(app::App& app) {
  AppStorage& s = app_storage();
  if (s.failed) return;
  if (s.id.empty()) {
    char buf[80] = {};
    if (!overblik_persist_active(buf, sizeof buf)) return;
    s.id = buf;
  }
  // A (re)loaded image: first open, or after taking over from another tab.
  if (image_ready(s.id)) {
    s.db.reset();
    auto db = open_database(s.id);
    if (!db.ok()) {
      std::fprintf(stderr, "%s\n", db.error().text().c_str());
      s.failed = true;
      return;
    }
    s.db.emplace(std::move(db).value());
    if (save_status(s.id).writable) {
      if (auto m = store::migrate(*s.db); !m.ok()) std::fprintf(stderr, "%s\n", m.error().text().c_str());
    }
  }
  if (s.db) app.save_state = save_state_of(save_status(s.id));
}

store::Database* app_database() {
  return app_storage().db ? &*app_storage().db : nullptr;
}
const std::string& app_workspace_id() {
  return app_storage().id;
}

}  // namespace overblik::persist

// See app_link.h. The browser platform owns one open workspace per tab; this file keeps it.
#include "wasm/persist/app_link.h"

#include <cstdio>
#include <optional>

#include "app/app.h"
#include "app/i18n/workspace_text.h"
#include "app/session/session.h"
#include "core/store/schema.h"
#include "wasm/persist/storage.h"
#include "wasm/persist/workspaces.h"
#include "wasm/sync/browser_sync.h"

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
  uint64_t shown_seq = 0;  // the commit the session's models were built from (a read-only tab follows on)
};

AppStorage& app_storage() {
  static AppStorage s;
  return s;
}

// The status bar's state and detail, in the UI language: "Gemt" only when every commit is durable.
void show_save_state(app::App& app, const SaveStatus& s) {
  namespace t = app::workspace_text;
  using app::i18n::tr;
  app.save_problem.clear();
  if (s.taken_over || !s.writable) {
    app.save_state = app::SaveState::ReadOnly;
    app.save_problem = tr(s.taken_over ? t::kTakenOver : t::kOpenElsewhere);
  } else if (s.error) {
    app.save_state = app::SaveState::Unsaved;
    app.save_problem = s.error == 1 ? tr(t::kStorageFull) : tr(t::kWriteFailed);
  } else if (app.session.is_open() && !app.session.persistent()) {
    app.save_state = app::SaveState::Unsaved;  // a demo made before the storage was ready lives in memory
    app.save_problem = tr(t::kMemoryOnly);
  } else {
    app.save_state = s.pending > 0 ? app::SaveState::Saving : app::SaveState::Saved;
  }
}

// Outcomes of the start view's workspace actions, and files picked or dropped for import (at any screen).
void follow_workspace_actions(app::App& app) {
  namespace t = app::workspace_text;
  using app::i18n::tr;
  if (auto file = take_import()) {
    if (auto s = import_as_new_workspace(*file, app::session::new_device_id()); !s)
      app::views::show_workspace_notice(app.start, std::string(tr(t::kImportFailed)) + ": " + s.error().text(), true);
  }
  if (auto m = take_message()) {
    if (m->rfind("error:", 0) == 0)
      app::views::show_workspace_notice(app.start, std::string(tr(t::kActionFailed)) + ": " + m->substr(6), true);
    else if (*m == "ok:import")
      app::views::show_workspace_notice(app.start, tr(t::kImported), false);
    else
      app.start.notice.clear();
  }
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
  // A (re)loaded image: first open, or after taking over from another tab. A session on the old image is
  // closed before the new one is opened (its stale connection could not write anyway) and then reopened.
  const bool image_opened = image_ready(s.id);
  if (image_opened) {
    const bool reopen = app.session.is_open() && app.session.persistent();
    if (reopen) app.session.close();
    if (s.db) websync::abandon_sync_on(*s.db);  // a sync must not outlive the connection it writes
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
    if (reopen) {
      if (auto opened = app.session.open_existing(&*s.db); !opened)
        std::fprintf(stderr, "%s\n", opened.error().text().c_str());
    }
  }
  if (s.db) {
    const SaveStatus status = save_status(s.id);
    // A read-only tab follows the writer's commits (library_persist.js `follow` writes them into the image
    // under SQLite): the views' models are rebuilt from the newer image, as after a merge. A freshly opened
    // image needs no rebuild: the session was just (re)opened on it.
    if (!image_opened && !status.writable && status.durable_seq > s.shown_seq && app.session.is_open() &&
        app.session.persistent()) {
      if (auto reloaded = app.session.reload_after_merge(""); !reloaded)
        std::fprintf(stderr, "%s\n", reloaded.error().text().c_str());
    }
    s.shown_seq = status.durable_seq;
    show_save_state(app, status);
  }
  follow_workspace_actions(app);
}

store::Database* app_database() {
  return app_storage().db ? &*app_storage().db : nullptr;
}
const std::string& app_workspace_id() {
  return app_storage().id;
}

}  // namespace overblik::persist

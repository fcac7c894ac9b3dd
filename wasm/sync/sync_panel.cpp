#include "wasm/sync/sync_panel.h"

#include <emscripten/emscripten.h>

#include <cstdio>
#include <ctime>
#include <random>
#include <string>

#include "app/i18n/i18n.h"
#include "app/session/browser_storage.h"
#include "app/theme/theme.h"
#include "app/views/conflicts.h"
#include "app/widgets/widgets.h"
#include "imgui.h"
#include "wasm/sync/browser_sync.h"

extern "C" {
// wasm/js/library_sync.js: wakes the app after ms without counting as pending work.
void overblik_js_sync_wake_after(double ms);
}

namespace overblik::websync {

namespace {
using app::i18n::Phrase;
using app::i18n::tr;
constexpr Phrase kSyncNow{"Synkronisér", "Sync now"};
constexpr Phrase kSettings{"Sync-indstillinger", "Sync settings"};
constexpr Phrase kServer{"Server (tom: denne side)", "Server (empty: this page)"};
constexpr Phrase kWorkspace{"Arbejdsområde", "Workspace"};
constexpr Phrase kToken{"Token", "Token"};
constexpr Phrase kSave{"Gem", "Save"};
constexpr Phrase kNotSetUp{"Sync ikke sat op", "Sync not set up"};
constexpr Phrase kSyncing{"Synkroniserer …", "Syncing …"};
constexpr Phrase kSynced{"Synkroniseret", "Synced"};
constexpr Phrase kNeverSynced{"Ikke synkroniseret endnu", "Not synced yet"};
constexpr Phrase kOfflineSync{"Sync venter på netværk", "Sync waits for the network"};
constexpr Phrase kFailed{"Sync fejlede", "Sync failed"};
constexpr Phrase kConflict{"konflikt", "conflict"};
constexpr Phrase kConflicts{"konflikter", "conflicts"};
constexpr Phrase kConflictsButton{"Konflikter", "Conflicts"};

constexpr const char* kServerKey = "sync.server";
constexpr const char* kWorkspaceKey = "sync.workspace";
constexpr const char* kTokenKey = "sync.token";
constexpr const char* kDeviceKey = "sync.device";

struct Panel {
  bool loaded = false;
  bool settings_open = false;
  Settings settings;  // as saved: what syncs use
  Settings draft;     // as being typed in the settings window
  std::string device;
  double wake_at = -1.0;  // when the automatic-sync timer fires (one at a time)
  app::views::ConflictsState conflicts;
  HlcClock clock;            // stamps conflict resolutions; observes remote stamps after each sync
  int seen_syncs = 0;        // Status::completed when the conflicts list was last marked stale
  std::string reload_error;  // the views could not be rebuilt after a merge
  // Open conflicts in the workspace (not only the last sync's): counted again after a sync or a resolution
  // and when another database is synced.
  size_t open_conflicts = 0;
  bool count_stale = true;
  const store::Database* counted = nullptr;
};

Panel& panel() {
  static Panel instance;
  return instance;
}

void load(app::App& app, Panel& p) {
  p.loaded = true;
  p.settings.server = app.host.load_setting(kServerKey);
  p.settings.workspace = app.host.load_setting(kWorkspaceKey);
  p.settings.token = app.host.load_setting(kTokenKey);
  p.device = app.host.load_setting(kDeviceKey);
  if (p.device.empty()) {
    std::random_device random;
    char id[32];
    std::snprintf(id, sizeof id, "web-%08x%08x", random(), random());
    p.device = id;
    app.host.save_setting(kDeviceKey, p.device);
  }
}

// What sync works on: the open workspace (the session owns the browser's connection once it opened it), else
// the browser's workspace database while no session has taken it over (a new device joining).
store::Database* sync_database(app::App& app) {
  if (app.session.is_open()) return &app.session.workspace().db();
  return app::session::browser_workspace();
}

const std::string& device_of(app::App& app, const Panel& p) {
  return app.session.is_open() ? app.session.workspace().device() : p.device;
}

void start(app::App& app, Panel& p) {
  if (store::Database* db = sync_database(app)) sync_now(*db, p.settings, device_of(app, p));
}

// Starts a due automatic sync, else makes sure a frame comes when the next one is due.
void schedule(app::App& app, Panel& p) {
  if (!p.settings.complete() || !app.host.online() || !sync_database(app)) return;
  const double now = emscripten_get_now() / 1000.0;
  const double due_in = seconds_until_due(now, kIntervalSeconds);
  if (due_in <= 0.0) {
    start(app, p);
    return;
  }
  if (p.wake_at < now) {
    p.wake_at = now + due_in;
    overblik_js_sync_wake_after(due_in * 1000.0);
  }
}

// A browser database that was no workspace and now holds the server's rows becomes one (this device's id, the
// workspace's name), so the Start screen offers to open it.
void join(store::Database& db, const Panel& p) {
  auto st = db.prepare("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES('device_id', ?), ('name', ?)");
  if (!st) return;
  st.value().bind(1, p.device).bind(2, p.settings.workspace).step();
}

// After a sync: the conflicts list and what the views show follow the merged rows.
void after_sync(app::App& app, Panel& p, int64_t now_ms) {
  const Status& s = status();
  if (s.completed == p.seen_syncs) return;
  p.seen_syncs = s.completed;
  p.conflicts.stale = true;
  p.count_stale = true;
  if (auto remote = parse_hlc(s.max_remote_hlc)) p.clock.observe(remote.value(), now_ms);
  if (s.rows_written == 0 && s.conflicts == 0) return;
  if (app.session.is_open()) {
    const overblik::Status reloaded = app.session.reload_after_merge(s.max_remote_hlc);
    p.reload_error = reloaded ? "" : reloaded.error().message;
  } else if (store::Database* db = app::session::browser_workspace();
             db && !app::session::Session::holds_workspace(*db)) {
    join(*db, p);
  }
}

std::string status_text() {
  const Status& s = status();
  std::string text;
  switch (s.state) {
    case State::unconfigured:
      return tr(kNotSetUp);
    case State::syncing:
      return std::string(tr(kSyncing)) + " (" + std::to_string(s.requests) + ")";
    case State::offline:
      text = tr(kOfflineSync);
      break;
    case State::failed:
      text = std::string(tr(kFailed)) + ": " + s.message;
      break;
    case State::idle:
      break;
  }
  if (text.empty()) text = s.last_sync.empty() ? tr(kNeverSynced) : std::string(tr(kSynced)) + " " + s.last_sync;
  if (const size_t n = panel().open_conflicts; n > 0)
    text += " · " + std::to_string(n) + " " + tr(n == 1 ? kConflict : kConflicts);
  if (!panel().reload_error.empty()) text += " · " + panel().reload_error;
  return text;
}

void count_conflicts(app::App& app, Panel& p) {
  store::Database* db = sync_database(app);
  if (!p.count_stale && db == p.counted) return;
  p.count_stale = false;
  p.counted = db;
  auto open = db ? sync::list_conflicts(*db) : Result<std::vector<sync::Conflict>>(std::vector<sync::Conflict>{});
  p.open_conflicts = open ? open.value().size() : 0;
}

void settings_window(app::App& app, Panel& p) {
  ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_Appearing);
  const ImGuiViewport& viewport = *ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport.Pos.x + viewport.Size.x * 0.5f, viewport.Pos.y + viewport.Size.y * 0.4f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin((std::string(tr(kSettings)) + "###sync-settings-window").c_str(), &p.settings_open,
                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  const auto field = [](const Phrase& label, const char* id, std::string& value, ImGuiInputTextFlags flags) {
    ImGui::TextUnformatted(tr(label));
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, "%s", value.c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText(id, buffer, sizeof buffer, flags)) value = buffer;
  };
  field(kServer, "##sync-server", p.draft.server, 0);
  field(kWorkspace, "##sync-workspace", p.draft.workspace, 0);
  field(kToken, "##sync-token", p.draft.token, ImGuiInputTextFlags_Password);
  if (ImGui::Button((std::string(tr(kSave)) + "##sync-save").c_str())) {
    p.settings = p.draft;
    app.host.save_setting(kServerKey, p.settings.server);
    app.host.save_setting(kWorkspaceKey, p.settings.workspace);
    app.host.save_setting(kTokenKey, p.settings.token);
    p.settings_open = false;
    start(app, p);
  }
  ImGui::End();
}
}  // namespace

void draw_sync_panel(app::App& app) {
  Panel& p = panel();
  if (!p.loaded) load(app, p);
  schedule(app, p);
  count_conflicts(app, p);

  const ImGuiViewport& viewport = *ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport.Pos.x + viewport.Size.x - 12.0f,
                                 viewport.Pos.y + viewport.Size.y - app::theme::kStatusBarHeight * 0.5f),
                          ImGuiCond_Always, ImVec2(1.0f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4, 2));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, 2));
  ImGui::Begin("##sync-strip", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoBackground |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::AlignTextToFramePadding();
  // Through the app's widget so the automation bridge sees the status text.
  app::widgets::text_colored(app::theme::kMuted, status_text().c_str());
  ImGui::SameLine();
  ImGui::BeginDisabled(!p.settings.complete() || status().state == State::syncing);
  if (ImGui::SmallButton((std::string(tr(kSyncNow)) + "##sync-now").c_str())) start(app, p);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::SmallButton("...##sync-settings")) {
    p.settings_open = !p.settings_open;
    p.draft = p.settings;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton((std::string(tr(kConflictsButton)) + "##sync-conflicts").c_str())) {
    p.conflicts.open = !p.conflicts.open;
    p.conflicts.stale = true;
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  if (p.settings_open) settings_window(app, p);
  const int64_t now_ms = static_cast<int64_t>(std::time(nullptr)) * 1000;
  after_sync(app, p, now_ms);
  store::Database* db = sync_database(app);
  if (!db) return;
  // A resolution is a local edit: stamped by the open workspace's clock when there is one.
  const auto stamp = [&]() {
    return app.session.is_open() ? app.session.workspace().next_stamp(now_ms) : p.clock.tick(now_ms);
  };
  const bool resolved = app::views::draw_conflicts(p.conflicts, *db, stamp, device_of(app, p));
  if (resolved) p.count_stale = true;
  if (resolved && app.session.is_open()) {
    const overblik::Status reloaded = app.session.reload_after_merge("");
    p.reload_error = reloaded ? "" : reloaded.error().message;
  }
}

}  // namespace overblik::websync

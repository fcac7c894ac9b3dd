#include "wasm/sync/sync_panel.h"

#include <emscripten/emscripten.h>

#include <cstdio>
#include <ctime>
#include <random>
#include <string>

#include "app/i18n/i18n.h"
#include "app/theme/theme.h"
#include "app/views/conflicts.h"
#include "app/widgets/widgets.h"
#include "imgui.h"
#include "wasm/persist/app_link.h"
#include "wasm/sync/browser_sync.h"

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
constexpr Phrase kConflicts{"konflikter", "conflicts"};
constexpr Phrase kConflictsButton{"Konflikter", "Conflicts"};

constexpr const char* kServerKey = "sync.server";
constexpr const char* kWorkspaceKey = "sync.workspace";
constexpr const char* kTokenKey = "sync.token";
constexpr const char* kDeviceKey = "sync.device";

struct Panel {
  bool loaded = false;
  bool settings_open = false;
  Settings settings;
  std::string device;
  double wake_at = -1.0;  // when the automatic-sync timer fires (one at a time)
  app::views::ConflictsState conflicts;
  HlcClock clock;      // stamps conflict resolutions; observes remote stamps after each sync
  int seen_syncs = 0;  // Status::completed when the conflicts list was last marked stale
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

void start(Panel& p) {
  if (store::Database* db = persist::app_database()) sync_now(*db, p.settings, p.device);
}

// Starts a due automatic sync, else makes sure a frame comes when the next one is due.
void schedule(app::App& app, Panel& p) {
  if (!p.settings.complete() || !app.host.online() || !persist::app_database()) return;
  const double now = emscripten_get_now() / 1000.0;
  const double due_in = seconds_until_due(now, kIntervalSeconds);
  if (due_in <= 0.0) {
    start(p);
    return;
  }
  if (p.wake_at < now) {
    p.wake_at = now + due_in;
    app.host.wake_after(due_in);
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
  if (s.conflicts > 0) text += " · " + std::to_string(s.conflicts) + " " + tr(kConflicts);
  return text;
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
  field(kServer, "##sync-server", p.settings.server, 0);
  field(kWorkspace, "##sync-workspace", p.settings.workspace, 0);
  field(kToken, "##sync-token", p.settings.token, ImGuiInputTextFlags_Password);
  if (ImGui::Button((std::string(tr(kSave)) + "##sync-save").c_str())) {
    app.host.save_setting(kServerKey, p.settings.server);
    app.host.save_setting(kWorkspaceKey, p.settings.workspace);
    app.host.save_setting(kTokenKey, p.settings.token);
    p.settings_open = false;
    start(p);
  }
  ImGui::End();
}
}  // namespace

void draw_sync_panel(app::App& app) {
  Panel& p = panel();
  if (!p.loaded) load(app, p);
  schedule(app, p);

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
  if (ImGui::SmallButton((std::string(tr(kSyncNow)) + "##sync-now").c_str())) start(p);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::SmallButton("...##sync-settings")) p.settings_open = !p.settings_open;
  ImGui::SameLine();
  if (ImGui::SmallButton((std::string(tr(kConflictsButton)) + "##sync-conflicts").c_str())) {
    p.conflicts.open = !p.conflicts.open;
    p.conflicts.stale = true;
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  if (p.settings_open) settings_window(app, p);
  const int64_t now_ms = static_cast<int64_t>(std::time(nullptr)) * 1000;
  if (status().completed != p.seen_syncs) {
    p.seen_syncs = status().completed;
    p.conflicts.stale = true;
    if (auto remote = parse_hlc(status().max_remote_hlc)) p.clock.observe(remote.value(), now_ms);
  }
  if (store::Database* db = persist::app_database())
    app::views::draw_conflicts(p.conflicts, *db, p.clock, now_ms, p.device);
}

}  // namespace overblik::websync

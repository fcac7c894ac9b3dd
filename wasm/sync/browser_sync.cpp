#include "wasm/sync/browser_sync.h"

#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/sync/replica.h"
#include "core/sync/session.h"

extern "C" {
// wasm/js/library_sync.js: one request; answers with overblik_sync_on_response(id, status, body), status 0 on
// a network error. if_match and body may be null.
void overblik_js_sync_fetch(int id, const char* method, const char* url, const char* token, const char* if_match,
                            const char* body);
// Calls overblik_sync_on_waited(id) after ms.
void overblik_js_sync_wait(int id, double ms);
}

namespace overblik::websync {

namespace {
using nlohmann::json;

struct Run {
  const store::Database* db = nullptr;  // the connection the running sync reads and writes
  std::optional<sync::Replica> replica;
  std::unique_ptr<sync::SyncSession> session;
  Settings settings;
  int request = 0;  // id of the request in flight; answers to older ones are ignored
  double finished_at = -1.0;
  Status status;
};

Run& run() {
  static Run instance;
  return instance;
}

std::string api(const std::string& tail) {
  const Run& r = run();
  std::string base = r.settings.server;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/api/workspaces/" + r.settings.workspace + tail;
}

std::string now_text() {
  const std::time_t t = std::time(nullptr);
  char text[32] = {};
  std::strftime(text, sizeof text, "%d-%m-%Y %H:%M", std::localtime(&t));
  return text;
}

// Ends the running sync's objects: the session before the replica it refers to.
void drop_session(Run& r) {
  r.session.reset();
  r.replica.reset();
  r.db = nullptr;
}

void finish(State state, std::string message) {
  Run& r = run();
  r.status.state = state;
  r.status.message = std::move(message);
  if (state == State::idle) {
    r.status.last_sync = now_text();
    r.status.conflicts = r.session->report().conflicts;
    r.status.rows_written = r.session->report().rows_written;
    r.status.failures = 0;
    r.status.completed += 1;
    r.status.max_remote_hlc = r.session->report().max_remote_hlc;
  } else {
    r.status.failures += 1;
  }
  r.finished_at = emscripten_get_now() / 1000.0;
  drop_session(r);
}

void request(const char* method, const std::string& url, const char* if_match = nullptr, const char* body = nullptr) {
  Run& r = run();
  r.status.requests += 1;
  overblik_js_sync_fetch(++r.request, method, url.c_str(), r.settings.token.c_str(), if_match, body);
}

// Makes the request the session asks for, or ends the run.
void drive() {
  Run& r = run();
  sync::SyncSession& s = *r.session;
  switch (s.step()) {
    case sync::SyncStep::get_head:
      return request("GET", api("/head"));
    case sync::SyncStep::list:
      return request("GET", api("/snapshots"));
    case sync::SyncStep::get_snapshot:
      return request("GET", api("/snapshots/" + s.snapshot_id()));
    case sync::SyncStep::post: {
      const std::string if_match = s.if_match().value_or("none");
      return request("POST", api("/snapshots"), if_match.c_str(), s.body().c_str());
    }
    case sync::SyncStep::wait:
      overblik_js_sync_wait(++r.request, static_cast<double>(s.wait_ms()));
      return;
    case sync::SyncStep::done:
      return finish(State::idle, "");
    case sync::SyncStep::failed:
      return finish(State::failed, s.error().message);
  }
}

Error http_error(int status, const std::string& body) {
  const json j = json::parse(body, nullptr, false);
  std::string reason = "HTTP " + std::to_string(status);
  if (j.is_object() && j.contains("error") && j["error"].is_string()) reason += ": " + j["error"].get<std::string>();
  if (status == 401) reason = "adgang nægtet (tjek arbejdsområde og token)";
  return Error{"sync", reason};
}

Result<std::optional<std::string>> parse_head(const std::string& body) {
  const json j = json::parse(body, nullptr, false);
  if (!j.is_object() || !j.contains("head")) return Error{"sync.head", "svaret mangler \"head\""};
  if (j["head"].is_null()) return std::optional<std::string>();
  if (!j["head"].is_string()) return Error{"sync.head", "\"head\" er ikke tekst"};
  return std::optional<std::string>(j["head"].get<std::string>());
}

Result<std::vector<sync::SnapshotEntry>> parse_list(const std::string& body) {
  const json j = json::parse(body, nullptr, false);
  if (!j.is_object() || !j.contains("snapshots") || !j["snapshots"].is_array())
    return Error{"sync.snapshots", "svaret mangler \"snapshots\""};
  std::vector<sync::SnapshotEntry> entries;
  for (const json& e : j["snapshots"]) {
    if (!e.is_object() || !e.contains("id") || !e["id"].is_string())
      return Error{"sync.snapshots", "en historikpost mangler \"id\""};
    sync::SnapshotEntry entry{e["id"].get<std::string>(), std::nullopt};
    if (e.contains("parent") && e["parent"].is_string()) entry.parent = e["parent"].get<std::string>();
    entries.push_back(std::move(entry));
  }
  return entries;
}

Result<sync::PostOutcome> parse_post(int status, const std::string& body) {
  if (status == 412) return sync::PostOutcome{false, ""};
  if (status != 201) return http_error(status, body);
  const json j = json::parse(body, nullptr, false);
  if (!j.is_object() || !j.contains("id") || !j["id"].is_string()) return Error{"sync.post", "svaret mangler \"id\""};
  return sync::PostOutcome{true, j["id"].get<std::string>()};
}

void on_answer(int status, const std::string& body) {
  Run& r = run();
  sync::SyncSession& s = *r.session;
  if (status == 0) return finish(State::offline, "ingen forbindelse til serveren");
  const bool ok = status == 200;
  switch (s.step()) {
    case sync::SyncStep::get_head:
      s.on_head(ok ? parse_head(body) : Result<std::optional<std::string>>(http_error(status, body)));
      break;
    case sync::SyncStep::list:
      s.on_list(ok ? parse_list(body) : Result<std::vector<sync::SnapshotEntry>>(http_error(status, body)));
      break;
    case sync::SyncStep::get_snapshot:
      s.on_snapshot(ok ? Result<std::string>(body) : Result<std::string>(http_error(status, body)));
      break;
    case sync::SyncStep::post:
      s.on_post(parse_post(status, body));
      break;
    default:
      return;
  }
  drive();
}
}  // namespace

bool sync_now(store::Database& db, const Settings& settings, const std::string& device) {
  Run& r = run();
  if (r.session) return false;
  if (!settings.complete()) {
    r.status.state = State::unconfigured;
    return false;
  }
  auto replica = sync::Replica::open(db);
  if (!replica) {
    finish(State::failed, replica.error().message);
    return false;
  }
  r.settings = settings;
  r.db = &db;
  r.replica.emplace(std::move(replica).value());
  sync::SyncOptions options;
  options.device = device;
  r.session = std::make_unique<sync::SyncSession>(*r.replica, options);
  r.status.state = State::syncing;
  r.status.requests = 0;
  r.status.message.clear();
  drive();
  return true;
}

void abandon_sync_on(const store::Database& db) {
  Run& r = run();
  if (!r.session || r.db != &db) return;
  drop_session(r);
  ++r.request;                   // an answer still on its way belongs to no request now
  r.status.state = State::idle;  // says "synced <last time>" or "not synced yet" until the next sync runs
  r.finished_at = -1.0;
}

const Status& status() {
  return run().status;
}

double seconds_until_due(double now_seconds, double interval_seconds) {
  const Run& r = run();
  if (r.session) return interval_seconds;
  if (r.finished_at < 0) return 0.0;
  const double backoff = std::min(interval_seconds * std::pow(2.0, std::min(r.status.failures, 10)), 600.0);
  return std::max(0.0, r.finished_at + std::max(interval_seconds, backoff) - now_seconds);
}

}  // namespace overblik::websync

extern "C" {
EMSCRIPTEN_KEEPALIVE void overblik_sync_on_response(int id, int status, const char* body) {
  auto& r = overblik::websync::run();
  if (!r.session || id != r.request) return;
  overblik::websync::on_answer(status, body ? body : "");
}
EMSCRIPTEN_KEEPALIVE void overblik_sync_on_waited(int id) {
  auto& r = overblik::websync::run();
  if (!r.session || id != r.request) return;
  r.session->on_waited();
  overblik::websync::drive();
}
}

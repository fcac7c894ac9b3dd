#include "core/store/workspace.h"

#include "core/rules/rule_sets.h"
#include "core/store/schema.h"

namespace overblik::store {

bool valid_device_id(const std::string& d) {
  if (d.empty() || d.size() > 64) return false;
  for (char c : d) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

static Status check_device_id(const std::string& d) {
  if (valid_device_id(d)) return ok_status();
  return Error{"device_id", "a device id is 1-64 characters of letters, digits, '.', '_' or '-'"};
}

Result<Workspace> Workspace::create(const std::string& path, const std::string& device_id, int64_t now_ms) {
  if (auto s = check_device_id(device_id); !s) return s.error();
  auto db = Database::open(path);
  if (!db) return db.error();
  if (auto s = migrate(db.value()); !s) return s.error();
  Workspace ws(std::move(db.value()));
  auto existing = ws.meta("device_id");
  if (!existing) return existing.error();
  if (!existing.value().empty()) return Error{path, "already a workspace; open it instead"};
  Transaction tx(ws.db_);
  for (auto [k, v] : {std::pair<std::string, std::string>{"device_id", device_id},
                      {"created", std::to_string(now_ms)},
                      {"name", ""},
                      {"id_counter", "0"}})
    if (auto s = ws.set_meta(k, v); !s) return s.error();
  if (auto s = rules::install_rule_sets(ws.db_); !s) return s.error();
  if (auto s = tx.commit(); !s) return s.error();
  if (auto s = ws.load_identity(); !s) return s.error();
  return ws;
}

Result<Workspace> Workspace::open(const std::string& path, const std::string& device_id_if_missing) {
  auto db = Database::open(path);
  if (!db) return db.error();
  return adopt(std::move(db.value()), device_id_if_missing);
}

Result<Workspace> Workspace::adopt(Database db, const std::string& device_id_if_missing) {
  if (auto s = migrate(db); !s) return s.error();
  Workspace ws(std::move(db));
  auto existing = ws.meta("device_id");
  if (!existing) return existing.error();
  if (existing.value().empty() && !device_id_if_missing.empty()) {
    if (auto s = check_device_id(device_id_if_missing); !s) return s.error();
    if (auto s = ws.set_meta("device_id", device_id_if_missing); !s) return s.error();
  }
  if (auto s = ws.load_identity(); !s) return s.error();
  return ws;
}

Status Workspace::load_identity() {
  auto dev = meta("device_id");
  if (!dev) return dev.error();
  if (dev.value().empty()) return Error{"workspace_meta.device_id", "not a workspace (no device id)"};
  device_ = dev.value();
  // The clock resumes after the last persisted stamp and after any stamp in the change log (e.g. one written
  // by an older build), whichever is later.
  Hlc last;
  auto persisted = meta("hlc_last");
  if (!persisted) return persisted.error();
  if (!persisted.value().empty()) {
    auto h = parse_hlc(persisted.value());
    if (!h) return Error{"workspace_meta.hlc_last", h.error().message};
    last = h.value();
  }
  auto st = db_.prepare("SELECT MAX(hlc) FROM change_log");
  if (!st) return st.error();
  if (st.value().step() && !st.value().is_null(0)) {
    auto h = parse_hlc(st.value().text(0));
    if (h && h.value() > last) last = h.value();
  }
  clock_.restore(last);
  return ok_status();
}

Status Workspace::persist_clock() {
  return set_meta("hlc_last", clock_.last().text());
}

Hlc Workspace::next_stamp(int64_t now_ms) {
  Hlc h = clock_.tick(now_ms);
  (void)persist_clock();  // a failing write here fails the caller's next write as well
  return h;
}

void Workspace::observe(const Hlc& remote, int64_t now_ms) {
  clock_.observe(remote, now_ms);
  (void)persist_clock();
}

Result<std::string> Workspace::new_id() {
  auto counter = meta("id_counter");
  if (!counter) return counter.error();
  int64_t n = 0;
  for (char c : counter.value()) n = (c >= '0' && c <= '9') ? n * 10 + (c - '0') : n;
  ++n;
  if (auto s = set_meta("id_counter", std::to_string(n)); !s) return s.error();
  return device_ + "-" + std::to_string(n);
}

Result<std::string> Workspace::meta(const std::string& key) {
  auto st = db_.prepare("SELECT value FROM workspace_meta WHERE key=?");
  if (!st) return st.error();
  st.value().bind(1, key);
  if (st.value().step()) return st.value().text(0);
  if (st.value().failed()) return Error{"workspace_meta", st.value().error()};
  return std::string();
}

Status Workspace::set_meta(const std::string& key, const std::string& value) {
  auto st = db_.prepare(
      "INSERT INTO workspace_meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
  if (!st) return st.error();
  st.value().bind(1, key).bind(2, value);
  st.value().step();
  if (st.value().failed()) return Error{"workspace_meta." + key, st.value().error()};
  return ok_status();
}

}  // namespace overblik::store

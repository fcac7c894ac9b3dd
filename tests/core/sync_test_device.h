#pragma once
// A device for sync tests: an in-memory migrated workspace, its Replica, and a hybrid logical clock on a
// test-controlled wall time. Writes go straight to the tables the way commands would (new hlc, device).
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/model/hlc.h"
#include "core/store/schema.h"
#include "core/sync/memory_server.h"
#include "core/sync/replica.h"
#include "core/sync/session.h"

namespace overblik::sync::testing {

struct Device {
  std::string name;
  store::Database db;
  std::optional<Replica> replica;
  HlcClock clock;
  int64_t now_ms = 1'700'000'000'000;

  explicit Device(std::string device_name) : name(std::move(device_name)) {
    auto opened = store::Database::open(":memory:");
    EXPECT_TRUE(opened.ok());
    db = std::move(opened.value());
    EXPECT_TRUE(store::migrate(db).ok());
    auto r = Replica::open(db);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().text());
    replica.emplace(std::move(r.value()));
  }

  std::string stamp() { return clock.tick(++now_ms).text(); }

  void exec(const std::string& sql) {
    auto s = db.exec(sql);
    ASSERT_TRUE(s.ok()) << sql << ": " << s.error().text();
  }
  // UPDATE one field of a row as a local edit (new stamp, this device).
  void set(const std::string& table, const std::string& id, const std::string& field, const std::string& sql_value) {
    exec("UPDATE " + table + " SET " + field + " = " + sql_value + ", hlc = '" + stamp() + "', device = '" + name +
         "' WHERE id = '" + id + "'");
  }
  void remove(const std::string& table, const std::string& id) { set(table, id, "deleted", "1"); }
  void add_team(const std::string& id, const std::string& team_name) {
    exec("INSERT INTO team(id, hlc, device, name) VALUES('" + id + "', '" + stamp() + "', '" + name + "', '" +
         team_name + "')");
  }
  std::string text(const std::string& sql) {
    auto st = db.prepare(sql);
    EXPECT_TRUE(st.ok());
    if (!st.ok() || !st.value().step()) return "<none>";
    return st.value().is_null(0) ? "<null>" : st.value().text(0);
  }

  SyncOptions options() const {
    SyncOptions o;
    o.device = name;
    o.backoff_ms = [](int n) { return int64_t{n}; };
    return o;
  }
  void observe(const SyncReport& r) {
    if (auto h = parse_hlc(r.max_remote_hlc); h) clock.observe(h.value(), now_ms);
  }
  Result<SyncReport> sync(MemoryServer& server) {
    MemoryTransport t(server);
    auto r = run_sync(*replica, t, options());
    if (r) observe(r.value());
    return r;
  }
  // Every syncable row as canonical text: equal workspaces give equal dumps.
  std::string dump() {
    auto all = replica->changed_rows(true);
    EXPECT_TRUE(all.ok());
    std::string out;
    for (size_t t = 0; t < all.value().by_table.size(); ++t)
      for (const auto& [id, row] : all.value().by_table[t]) out += replica->tables()[t].name + " " + row + "\n";
    return out;
  }
};

}  // namespace overblik::sync::testing

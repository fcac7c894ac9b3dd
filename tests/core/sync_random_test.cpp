// Randomized multi-device sync: three devices edit, delete and create rows in a tiny workspace, go offline,
// sync in random order and race their pushes (a push prepared, another device pushing first, edits made while
// the request is in flight). After a final round of syncs every device must hold the same workspace, and every
// value any device wrote must be the current value, or recorded in a conflict, or have been overwritten by a
// device that had seen it: nothing silently lost.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <tuple>

#include "core/sync/conflicts.h"
#include "tests/core/sync_test_device.h"

using namespace overblik;
using namespace overblik::sync;
using overblik::sync::testing::Device;

namespace {

#if defined(OVERBLIK_SYNC_RANDOM_RUNS)  // e.g. -DOVERBLIK_SYNC_RANDOM_RUNS=100000 for a longer soak
constexpr int kRuns = OVERBLIK_SYNC_RANDOM_RUNS;
#elif defined(OVERBLIK_WASM_TESTS)
constexpr int kRuns = 500;
#else
constexpr int kRuns = 10000;
#endif

struct Field {
  const char* table;
  const char* column;
  bool text;
};
// Fields whose written values are unique in a run, so each can be traced to the end.
const Field kFields[] = {{"team", "name", true},
                         {"provider", "name", true},
                         {"caseworker", "name", true},
                         {"caseworker", "fte_milli", false}};

struct Key {
  std::string table, id, field, value;  // value as JSON text
  // (Not a defaulted <=>: the wasm build's libc++ has no <=> for std::string.)
  bool operator<(const Key& o) const {
    return std::tie(table, id, field, value) < std::tie(o.table, o.id, o.field, o.value);
  }
};

class World {
 public:
  explicit World(uint64_t seed) : rng_(seed) {}

  void run(std::vector<Device*>& devices) {
    devices_ = devices;
    online_.assign(devices_.size(), true);
    // A shared start: the first device creates the workspace, the others join it.
    create_team(0);
    create_team(0);
    create_provider(0);
    create_caseworker(0);
    for (size_t d = 0; d < devices_.size(); ++d) sync(d);
    const int steps = 10 + pick(20);
    for (int i = 0; i < steps; ++i) random_step();
    for (size_t d = 0; d < devices_.size(); ++d) online_[d] = true;
    // Final rounds until nobody pushes any more (at most a few: each round ends on the head).
    for (int round = 0; round < 4; ++round) {
      size_t pushed = 0;
      for (size_t d = 0; d < devices_.size(); ++d) pushed += sync(d);
      if (round > 0 && pushed == 0) break;
    }
  }

  void check(uint64_t seed) {
    const std::string first = devices_[0]->dump();
    for (size_t d = 1; d < devices_.size(); ++d)
      ASSERT_EQ(devices_[d]->dump(), first) << "seed " << seed << ": device " << d << " differs";
    std::set<Key> recorded;
    std::set<std::pair<std::string, std::string>> undeleted;  // rows kept by an edit_vs_delete conflict
    for (Device* dev : devices_) {
      auto cs = list_conflicts(dev->db, true);
      ASSERT_TRUE(cs.ok());
      for (const auto& c : cs.value()) {
        recorded.insert({c.entity, c.entity_id, c.field, c.local_value});
        recorded.insert({c.entity, c.entity_id, c.field, c.remote_value});
        if (c.kind == "edit_vs_delete") undeleted.insert({c.entity, c.entity_id});
      }
    }
    for (const Key& w : written_) {
      if (superseded_.count(w)) continue;
      const std::string now = current(*devices_[0], w.table, w.id, w.field);
      EXPECT_TRUE(now == w.value || recorded.count(w)) << "seed " << seed << ": lost " << w.table << "." << w.field
                                                       << " = " << w.value << " of " << w.id << " (now " << now << ")";
    }
    for (const auto& [table, id] : deleted_) {
      const std::string now = current(*devices_[0], table, id, "deleted");
      EXPECT_TRUE(now == "1" || undeleted.count({table, id}))
          << "seed " << seed << ": lost the delete of " << table << " " << id;
    }
  }

 private:
  int pick(int n) { return static_cast<int>(rng_() % static_cast<uint64_t>(n)); }

  static std::string current(Device& d, const std::string& table, const std::string& id, const std::string& field) {
    return d.text("SELECT json_quote(" + field + ") FROM " + table + " WHERE id = '" + id + "'");
  }

  std::string fresh_text(size_t d) { return "'d" + std::to_string(d) + "v" + std::to_string(++counter_) + "'"; }
  std::string fresh_fte() { return std::to_string(++counter_ % 1001); }

  // A write of one field: the value it replaces on this device was seen, so overwriting it loses nothing.
  void write(size_t d, const std::string& table, const std::string& id, const std::string& field,
             const std::string& sql_value, bool traced) {
    Device& dev = *devices_[d];
    superseded_.insert({table, id, field, current(dev, table, id, field)});
    dev.set(table, id, field, sql_value);
    if (traced) written_.insert({table, id, field, current(dev, table, id, field)});
  }

  std::string new_id(size_t d, const char* prefix) {
    return std::string(prefix) + std::to_string(d) + "-" + std::to_string(++counter_);
  }
  void created(size_t d, const std::string& table, const std::string& id) {
    for (const Field& f : kFields)
      if (table == f.table) written_.insert({table, id, f.column, current(*devices_[d], table, id, f.column)});
  }
  void create_team(size_t d) {
    const std::string id = new_id(d, "t");
    devices_[d]->exec("INSERT INTO team(id, hlc, device, name) VALUES('" + id + "', '" + devices_[d]->stamp() + "', '" +
                      devices_[d]->name + "', " + fresh_text(d) + ")");
    created(d, "team", id);
  }
  void create_provider(size_t d) {
    const std::string id = new_id(d, "p");
    devices_[d]->exec("INSERT INTO provider(id, hlc, device, name, kind) VALUES('" + id + "', '" +
                      devices_[d]->stamp() + "', '" + devices_[d]->name + "', " + fresh_text(d) + ", 'external')");
    created(d, "provider", id);
  }
  void create_caseworker(size_t d) {
    const std::string team = any_id(d, "team", false);
    const std::string id = new_id(d, "c");
    devices_[d]->exec("INSERT INTO caseworker(id, hlc, device, name, team_id, fte_milli) VALUES('" + id + "', '" +
                      devices_[d]->stamp() + "', '" + devices_[d]->name + "', " + fresh_text(d) + ", " +
                      (team.empty() ? "NULL" : "'" + team + "'") + ", " + fresh_fte() + ")");
    created(d, "caseworker", id);
  }
  // A random row of a table on a device ("" if none); live_only skips tombstones (a person edits live rows).
  std::string any_id(size_t d, const std::string& table, bool live_only) {
    auto n = devices_[d]->db.query_int("SELECT COUNT(*) FROM " + table + (live_only ? " WHERE deleted = 0" : ""));
    if (!n.ok() || n.value() == 0) return "";
    return devices_[d]->text("SELECT id FROM " + table + (live_only ? " WHERE deleted = 0" : "") +
                             " ORDER BY id LIMIT 1 OFFSET " + std::to_string(pick(static_cast<int>(n.value()))));
  }

  void edit(size_t d) {
    const Field& f = kFields[pick(4)];
    const std::string id = any_id(d, f.table, true);
    if (id.empty()) return;
    write(d, f.table, id, f.column, f.text ? fresh_text(d) : fresh_fte(), true);
  }
  void edit_untraced(size_t d) {  // fields whose values repeat: they still merge, but cannot be traced
    if (pick(2)) {
      const std::string id = any_id(d, "provider", true);
      if (!id.empty()) write(d, "provider", id, "kind", pick(2) ? "'internal'" : "'external'", false);
    } else {
      const std::string id = any_id(d, "caseworker", true), team = any_id(d, "team", false);
      if (!id.empty() && !team.empty()) write(d, "caseworker", id, "team_id", "'" + team + "'", false);
    }
  }
  void remove(size_t d) {
    static const char* tables[] = {"team", "provider", "caseworker"};
    const std::string table = tables[pick(3)];
    const std::string id = any_id(d, table, true);
    if (id.empty()) return;
    devices_[d]->remove(table, id);
    deleted_.insert({table, id});
  }

  // One sync; returns how many rows it pushed.
  size_t sync(size_t d) {
    if (!online_[d]) return 0;
    MemoryServer* s = &server_;
    auto r = devices_[d]->sync(*s);
    EXPECT_TRUE(r.ok()) << r.error().text();
    return r.ok() ? r.value().rows_pushed : 0;
  }

  // Device a prepares its push; device b syncs first (so a's push is stale); a edits while its request is in
  // flight; then a's session goes on: 412, backoff, pull, merge, push again.
  void race(size_t a, size_t b) {
    if (!online_[a] || !online_[b]) return;
    MemoryTransport t(server_);
    SyncSession s(*devices_[a]->replica, devices_[a]->options());
    auto running = [&] { return s.step() != SyncStep::done && s.step() != SyncStep::failed; };
    while (running() && s.step() != SyncStep::post) advance(s, t);
    edit(b);
    sync(b);
    if (pick(2)) edit(a);
    while (running()) advance(s, t);
    ASSERT_EQ(s.step(), SyncStep::done) << s.error().text();
    devices_[a]->observe(s.report());
  }

  void random_step() {
    const size_t d = static_cast<size_t>(pick(static_cast<int>(devices_.size())));
    const int op = pick(100);
    if (op < 30)
      edit(d);
    else if (op < 38)
      edit_untraced(d);
    else if (op < 46)
      remove(d);
    else if (op < 54)
      pick(3) == 0 ? create_team(d) : pick(2) ? create_provider(d) : create_caseworker(d);
    else if (op < 80)
      sync(d);
    else if (op < 90)
      race(d, (d + 1 + static_cast<size_t>(pick(static_cast<int>(devices_.size()) - 1))) % devices_.size());
    else
      online_[d] = !online_[d];
    for (Device* dev : devices_) dev->now_ms += pick(3);  // clocks drift apart a little
  }

  std::mt19937_64 rng_;
  std::vector<Device*> devices_;
  std::vector<bool> online_;
  MemoryServer server_;
  int counter_ = 0;
  std::set<Key> written_, superseded_;
  std::set<std::pair<std::string, std::string>> deleted_;
};

void reset(Device& d) {
  d.exec(
      "DELETE FROM caseworker; DELETE FROM team; DELETE FROM provider; DELETE FROM conflict; DELETE FROM sync_state;"
      "DELETE FROM change_log;");
  d.clock.restore({});
  d.now_ms = 1'700'000'000'000;
}

}  // namespace

TEST(SyncRandom, ThreeDevicesConvergeAndLoseNothing) {
  Device a("dev-a"), b("dev-b"), c("dev-c");
  std::vector<Device*> devices = {&a, &b, &c};
  for (int run = 0; run < kRuns; ++run) {
    const uint64_t seed = 0x5EED0000ull + static_cast<uint64_t>(run);
    for (Device* d : devices) reset(*d);
    World w(seed);
    w.run(devices);
    w.check(seed);
    if (::testing::Test::HasFailure()) break;  // one seed's story is enough to debug
  }
}

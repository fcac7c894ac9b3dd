// Sync sessions between devices through the in-memory server: first push, deltas, conflicts and their
// resolution, stale pushes with backoff, periodic full snapshots, and bad snapshots refused whole.
#include <gtest/gtest.h>

#include "core/sync/conflicts.h"
#include "core/sync/delta.h"
#include "tests/core/sync_test_device.h"

using namespace overblik;
using namespace overblik::sync;
using overblik::sync::testing::Device;

namespace {

SyncReport sync_ok(Device& d, MemoryServer& server) {
  auto r = d.sync(server);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().text());
  return r.ok() ? r.value() : SyncReport{};
}

void add_teams(Device& d, int n) {
  for (int i = 0; i < n; ++i) d.add_team("team-" + std::to_string(i), "Team " + std::to_string(i));
}

TEST(SyncSession, FirstPushIsFullAndLaterPushesCarryOnlyTheChanges) {
  MemoryServer server;
  Device a("dev-a"), b("dev-b");
  add_teams(a, 50);
  SyncReport first = sync_ok(a, server);
  EXPECT_TRUE(first.pushed_full);
  EXPECT_EQ(first.rows_pushed, 50u);
  SyncReport joined = sync_ok(b, server);
  EXPECT_EQ(joined.rows_written, 50u);
  EXPECT_EQ(joined.pushes, 0) << "nothing new on b";
  EXPECT_EQ(a.dump(), b.dump());

  a.set("team", "team-7", "name", "'Renamed'");
  SyncReport delta = sync_ok(a, server);
  EXPECT_FALSE(delta.pushed_full);
  EXPECT_EQ(delta.rows_pushed, 1u);
  EXPECT_LT(delta.bytes_pushed * 10, first.bytes_pushed);
  SyncReport pulled = sync_ok(b, server);
  EXPECT_EQ(pulled.snapshots_pulled, 1u);
  EXPECT_EQ(b.text("SELECT name FROM team WHERE id = 'team-7'"), "Renamed");
  EXPECT_EQ(sync_ok(a, server).pushes, 0) << "a is up to date: no empty pushes";
}

TEST(SyncSession, ConcurrentEditsBecomeAConflictAndTheResolutionSyncs) {
  MemoryServer server;
  Device a("dev-a"), b("dev-b");
  add_teams(a, 2);
  sync_ok(a, server);
  sync_ok(b, server);
  a.set("team", "team-1", "name", "'From A'");
  b.now_ms += 1000;
  b.set("team", "team-1", "name", "'From B'");  // later stamp: the provisional winner
  b.set("team", "team-0", "name", "'Only B'");
  sync_ok(a, server);
  SyncReport merged = sync_ok(b, server);
  EXPECT_EQ(merged.conflicts, 1u);
  sync_ok(a, server);
  EXPECT_EQ(a.dump(), b.dump());
  EXPECT_EQ(a.text("SELECT name FROM team WHERE id = 'team-1'"), "From B");
  EXPECT_EQ(a.text("SELECT name FROM team WHERE id = 'team-0'"), "Only B");

  auto open = list_conflicts(b.db);
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open.value().size(), 1u);
  const Conflict& c = open.value()[0];
  EXPECT_EQ(c.entity, "team");
  EXPECT_EQ(c.field, "name");
  EXPECT_EQ(c.kind, "field");
  EXPECT_EQ(c.local_value, "\"From B\"");
  EXPECT_EQ(c.remote_value, "\"From A\"");
  EXPECT_EQ(c.remote_device, "dev-a");

  // A wrong type is refused and changes nothing.
  EXPECT_FALSE(resolve_conflict(b.db, c.id, "42", b.clock.tick(++b.now_ms), "dev-b").ok());
  EXPECT_EQ(list_conflicts(b.db).value().size(), 1u);
  // The person picks A's value: a new local edit, which syncs to a.
  ASSERT_TRUE(resolve_conflict(b.db, c.id, c.remote_value, b.clock.tick(++b.now_ms), "dev-b").ok());
  EXPECT_TRUE(list_conflicts(b.db).value().empty());
  EXPECT_FALSE(resolve_conflict(b.db, c.id, c.remote_value, b.clock.tick(++b.now_ms), "dev-b").ok());
  EXPECT_EQ(sync_ok(b, server).rows_pushed, 1u);
  sync_ok(a, server);
  EXPECT_EQ(a.text("SELECT name FROM team WHERE id = 'team-1'"), "From A");
  EXPECT_EQ(b.text("SELECT COUNT(*) FROM change_log WHERE command = 'ResolveConflict'"), "1");
}

TEST(SyncSession, EditAgainstDeleteKeepsTheRowAndRecordsIt) {
  MemoryServer server;
  Device a("dev-a"), b("dev-b");
  add_teams(a, 1);
  sync_ok(a, server);
  sync_ok(b, server);
  a.remove("team", "team-0");
  b.set("team", "team-0", "name", "'Still here'");
  sync_ok(a, server);
  sync_ok(b, server);
  sync_ok(a, server);
  EXPECT_EQ(a.text("SELECT deleted || ' ' || name FROM team WHERE id = 'team-0'"), "0 Still here");
  EXPECT_EQ(a.dump(), b.dump());
  auto open = list_conflicts(b.db).value();
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].kind, "edit_vs_delete");
}

// Steps a session until it wants to post.
void until_post(SyncSession& s, MemoryTransport& t) {
  while (s.step() != SyncStep::post && s.step() != SyncStep::done && s.step() != SyncStep::failed) advance(s, t);
}

TEST(SyncSession, StalePushPullsMergesAndRetriesAfterTheCallersBackoff) {
  MemoryServer server;
  Device a("dev-a"), b("dev-b");
  add_teams(a, 2);
  sync_ok(a, server);
  sync_ok(b, server);
  a.set("team", "team-0", "name", "'A'");
  b.set("team", "team-1", "name", "'B'");

  MemoryTransport t(server);
  SyncOptions o = a.options();
  o.backoff_ms = [](int n) { return int64_t{1000} * n; };
  SyncSession s(*a.replica, o);
  until_post(s, t);
  ASSERT_EQ(s.step(), SyncStep::post);
  sync_ok(b, server);  // b wins the race
  s.on_post(t.post(s.if_match(), s.body()));
  ASSERT_EQ(s.step(), SyncStep::wait);
  EXPECT_EQ(s.wait_ms(), 1000);
  s.on_waited();
  until_post(s, t);
  a.add_team("team-a2", "A2");  // an edit while the push is in flight: not in this push
  s.on_post(t.post(s.if_match(), s.body()));
  ASSERT_EQ(s.step(), SyncStep::done) << s.error().text();
  EXPECT_EQ(s.report().pushes, 2);
  sync_ok(b, server);
  EXPECT_EQ(b.text("SELECT group_concat(name, ',') FROM (SELECT name FROM team ORDER BY id)"), "A,B");
  EXPECT_EQ(sync_ok(a, server).rows_pushed, 1u) << "the edit made in flight goes next";
  sync_ok(b, server);
  EXPECT_EQ(a.dump(), b.dump());
}

TEST(SyncSession, GivesUpAfterMaxPushesAndKeepsLocalChanges) {
  MemoryServer server;
  Device a("dev-a"), b("dev-b");
  add_teams(a, 1);
  sync_ok(a, server);
  sync_ok(b, server);
  a.set("team", "team-0", "name", "'A'");
  MemoryTransport t(server);
  SyncOptions o = a.options();
  o.max_pushes = 1;
  SyncSession s(*a.replica, o);
  until_post(s, t);
  b.add_team("team-b", "B");
  sync_ok(b, server);
  s.on_post(t.post(s.if_match(), s.body()));
  ASSERT_EQ(s.step(), SyncStep::failed);
  EXPECT_NE(s.error().message.find("gave up"), std::string::npos);
  EXPECT_EQ(sync_ok(a, server).rows_pushed, 1u) << "the edit goes with the next sync";
  sync_ok(b, server);
  EXPECT_EQ(b.text("SELECT name FROM team WHERE id = 'team-0'"), "A");
}

TEST(SyncSession, PushesAFullSnapshotPeriodicallySoNewDevicesFetchAShortChain) {
  MemoryServer server;
  Device a("dev-a"), late("dev-late");
  add_teams(a, 3);
  SyncOptions o = a.options();
  o.full_snapshot_every = 4;
  MemoryTransport t(server);
  int fulls = 0;
  for (int i = 0; i < 10; ++i) {
    a.set("team", "team-" + std::to_string(i % 3), "name", "'v" + std::to_string(i) + "'");
    auto r = run_sync(*a.replica, t, o);
    ASSERT_TRUE(r.ok());
    fulls += r.value().pushed_full;
  }
  EXPECT_EQ(fulls, 3);  // the first push, then every 4th
  EXPECT_EQ(server.list().size(), 10u);
  SyncReport joined = sync_ok(late, server);
  EXPECT_LE(joined.snapshots_pulled, 4u);
  EXPECT_EQ(late.dump(), a.dump());
}

TEST(SyncSession, BadSnapshotIsRefusedWithItsLocationAndChangesNothing) {
  MemoryServer server;
  Device a("dev-a"), b("dev-b");
  add_teams(a, 2);
  sync_ok(a, server);
  sync_ok(b, server);
  const std::string before = b.dump();
  const std::string head = *server.head();
  ASSERT_TRUE(server
                  .post(head, R"({"format":"overblik-delta","version":1,"base":")" + head +
                                  R"(","device":"x","rows":{"team":[{"id":"team-0","hlc":"0000000000009.00000",)"
                                  R"("device":"x","deleted":0,"name":"ok"},{"id":"team-1","hlc":"0000000000009.00000",)"
                                  R"("device":"x","deleted":0,"name":5}]}})")
                  .created);
  b.set("team", "team-0", "name", "'local edit'");
  const std::string edited = b.dump();
  auto r = b.sync(server);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().where.find("$.rows.team[1].name"), std::string::npos) << r.error().text();
  EXPECT_EQ(b.dump(), edited);
  EXPECT_NE(edited, before);
  EXPECT_EQ(b.replica->base_head().value(), std::optional<std::string>(head));

  for (const char* bad : {"not json", R"({"format":"other","version":1})", R"({"format":"overblik-delta","version":2})",
                          R"({"format":"overblik-delta","version":1,"rows":{"no_table":[]}})"}) {
    RemoteRows rows = b.replica->empty_remote();
    EXPECT_FALSE(read_body(b.replica->tables(), bad, rows).ok()) << bad;
  }
}

}  // namespace

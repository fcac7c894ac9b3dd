#include <gtest/gtest.h>

#include <cstdio>
#include <set>

#include "core/rules/rule_sets.h"
#include "core/store/commands.h"
#include "core/store/workspace.h"

using namespace overblik;
using namespace overblik::store;

namespace {
std::string temp_path(const char* name) {
  std::string p = std::string("/tmp/overblik_store_test_") + name + ".db";
  std::remove(p.c_str());
  return p;
}
}  // namespace

TEST(Workspace, CreateKeepsMetaAndInstallsRuleSets) {
  auto ws = Workspace::create(":memory:", "laptop-7", 1234);
  ASSERT_TRUE(ws.ok()) << ws.error().text();
  EXPECT_EQ(ws.value().device(), "laptop-7");
  EXPECT_EQ(ws.value().meta("device_id").value(), "laptop-7");
  EXPECT_EQ(ws.value().meta("created").value(), "1234");
  size_t rules = 0;
  for (const auto& s : rules::shipped_rule_sets()) rules += s.rules.size();
  EXPECT_EQ(ws.value().db().query_int("SELECT COUNT(*) FROM rule_set").value(),
            static_cast<int64_t>(rules::shipped_rule_sets().size()));
  EXPECT_EQ(ws.value().db().query_int("SELECT COUNT(*) FROM rule").value(), static_cast<int64_t>(rules));
  EXPECT_EQ(ws.value().db().query_int("SELECT COUNT(*) FROM rule_set WHERE kind='law'").value(), 2);
  // Installing again changes nothing (idempotent).
  ASSERT_TRUE(rules::install_rule_sets(ws.value().db()).ok());
  EXPECT_EQ(ws.value().db().query_int("SELECT COUNT(*) FROM rule").value(), static_cast<int64_t>(rules));
}

TEST(Workspace, RefusesBadDeviceIdAndExistingWorkspace) {
  EXPECT_FALSE(Workspace::create(":memory:", "").ok());
  EXPECT_FALSE(Workspace::create(":memory:", "has space").ok());
  EXPECT_FALSE(Workspace::create(":memory:", std::string(65, 'a')).ok());
  auto path = temp_path("twice");
  ASSERT_TRUE(Workspace::create(path, "d1").ok());
  auto again = Workspace::create(path, "d2");
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message.find("already"), std::string::npos);
  EXPECT_EQ(Workspace::open(path).value().device(), "d1");
  std::remove(path.c_str());
}

TEST(Workspace, ADatabaseWithoutDeviceIdTakesOneOnOpen) {
  auto path = temp_path("plain");
  { ASSERT_TRUE(Database::open(path).ok()); }
  EXPECT_FALSE(Workspace::open(path).ok());
  EXPECT_FALSE(Workspace::open(path, "bad id").ok());
  {
    auto ws = Workspace::open(path, "browser-1");
    ASSERT_TRUE(ws.ok()) << ws.error().text();
    EXPECT_EQ(ws.value().device(), "browser-1");
  }
  EXPECT_EQ(Workspace::open(path, "other").value().device(), "browser-1");  // kept, not replaced
  std::remove(path.c_str());
}

TEST(Workspace, ClockNeverGoesBackwardsAcrossReopen) {
  auto path = temp_path("clock");
  Hlc last;
  {
    auto ws = Workspace::create(path, "d1").value();
    ASSERT_TRUE(apply(ws, CreateTeam{"A"}, 5'000'000).ok());
    last = ws.next_stamp(5'000'000);
    EXPECT_EQ(last.wall_ms, 5'000'000);
    EXPECT_GT(last.counter, 0u);  // the same millisecond as the command's stamp
  }
  auto ws = Workspace::open(path).value();
  // The device's wall clock went back an hour: stamps still move forward.
  Hlc next = ws.next_stamp(5'000'000 - 3'600'000);
  EXPECT_GT(next, last);
  auto r = apply(ws, CreateTeam{"B"}, 1000);
  ASSERT_TRUE(r.ok());
  auto st = ws.db().prepare("SELECT hlc FROM team WHERE id=?").value();
  st.bind(1, r.value().id);
  ASSERT_TRUE(st.step());
  EXPECT_GT(parse_hlc(st.text(0)).value(), next);
  std::remove(path.c_str());
}

TEST(Workspace, IdsAreUniqueAndPrefixedWithTheDeviceAcrossReopen) {
  auto path = temp_path("ids");
  std::set<std::string> ids;
  {
    auto ws = Workspace::create(path, "dev-a").value();
    for (int i = 0; i < 5; ++i) ids.insert(ws.new_id().value());
  }
  auto ws = Workspace::open(path).value();
  for (int i = 0; i < 5; ++i) {
    auto id = ws.new_id().value();
    EXPECT_EQ(id.rfind("dev-a-", 0), 0u) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 10u);
  auto other = Workspace::create(":memory:", "dev-b").value();
  EXPECT_EQ(ids.count(other.new_id().value()), 0u);
  std::remove(path.c_str());
}

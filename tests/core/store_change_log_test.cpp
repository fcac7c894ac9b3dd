// The change log: one row per changed field with old and new values as JSON scalars, the command, the device
// and the same stamp as the row it describes.
#include "store_test_fixture.h"

using namespace overblik;
using namespace overblik::store;
using overblik::testing::D;

namespace {

struct ChangeLog : overblik::testing::WorkspaceFixture {
  struct Entry {
    std::string entity, entity_id, field;
    std::optional<std::string> old_value, new_value;
    std::string device, hlc, command;
  };
  std::vector<Entry> entries_after(int64_t seq) {
    auto st = ws.db()
                  .prepare(
                      "SELECT entity,entity_id,field,old_value,new_value,device,hlc,command FROM change_log "
                      "WHERE seq>? ORDER BY seq")
                  .value();
    st.bind(1, seq);
    std::vector<Entry> out;
    while (st.step())
      out.push_back(
          {st.text(0), st.text(1), st.text(2), st.opt_text(3), st.opt_text(4), st.text(5), st.text(6), st.text(7)});
    return out;
  }
  int64_t last_seq() { return count("SELECT COALESCE(MAX(seq),0) FROM change_log"); }
};

TEST_F(ChangeLog, CreationLogsEveryFieldWithNoOldValue) {
  int64_t seq = last_seq();
  std::string c = open_case(D(2024, 1, 10), "B-\"7\"");
  auto log = entries_after(seq);
  ASSERT_EQ(log.size(), 3u + 7u);  // child: 3 fields, case: 7 fields
  std::string case_hlc;
  {
    auto st = ws.db().prepare("SELECT hlc, device FROM child_case WHERE id=?").value();
    st.bind(1, c);
    ASSERT_TRUE(st.step());
    case_hlc = st.text(0);
    EXPECT_EQ(st.text(1), "dev1");
  }
  for (const auto& e : log) {
    EXPECT_FALSE(e.old_value.has_value()) << e.field;
    EXPECT_EQ(e.command, "OpenCase");
    EXPECT_EQ(e.device, "dev1");
    EXPECT_EQ(e.hlc, case_hlc);  // one stamp per command
  }
  EXPECT_EQ(log[0].entity, "child");
  EXPECT_EQ(log[0].field, "pseudonym");
  EXPECT_EQ(log[0].new_value, "\"B-\\\"7\\\"\"");  // JSON-escaped text
  EXPECT_EQ(log[3].entity, "child_case");
  EXPECT_EQ(log[3].entity_id, c);
  bool saw_opened = false;
  for (const auto& e : log)
    if (e.field == "opened") saw_opened = e.new_value == std::to_string(D(2024, 1, 10));
  EXPECT_TRUE(saw_opened);
}

TEST_F(ChangeLog, UpdatesLogOnlyChangedFieldsWithOldAndNewValues) {
  std::string c = open_case(D(2024, 1, 10));
  std::string m = ok(StartMeasure{c, preventive, std::nullopt, D(2024, 2, 1), std::nullopt, 150000, "day", 2024});
  int64_t seq = last_seq();
  ok(ChangeMeasurePrice{m, 160000, "day", 2024});
  auto log = entries_after(seq);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].entity, "measure");
  EXPECT_EQ(log[0].entity_id, m);
  EXPECT_EQ(log[0].field, "price_ore");
  EXPECT_EQ(log[0].old_value, "150000");
  EXPECT_EQ(log[0].new_value, "160000");
  EXPECT_EQ(log[0].command, "ChangeMeasurePrice");

  seq = last_seq();
  ok(AssignCase{c, std::nullopt});
  log = entries_after(seq);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].old_value, "\"" + worker + "\"");
  EXPECT_EQ(log[0].new_value, "null");

  // Nothing changed: nothing logged, and the row keeps its stamp.
  auto measure_hlc = [&] {
    auto st = ws.db().prepare("SELECT hlc FROM measure").value();
    return st.step() ? st.text(0) : std::string();
  };
  const std::string hlc_before = measure_hlc();
  seq = last_seq();
  auto r = apply(ws, ChangeMeasurePrice{m, 160000, "day", 2024}, now += 1000);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().changed_fields, 0);
  EXPECT_TRUE(entries_after(seq).empty());
  EXPECT_EQ(measure_hlc(), hlc_before);
}

TEST_F(ChangeLog, TombstoneIsLoggedAsAFieldChange) {
  std::string s = ok(SaveScenario{std::nullopt, "S", "{}", ""});
  int64_t seq = last_seq();
  ok(DeleteRow{"scenario", s});
  auto log = entries_after(seq);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].field, "deleted");
  EXPECT_EQ(log[0].old_value, "0");
  EXPECT_EQ(log[0].new_value, "1");
  EXPECT_EQ(log[0].command, "DeleteRow");
  EXPECT_EQ(count("SELECT COUNT(*) FROM scenario"), 1);
}

TEST_F(ChangeLog, StampsIncreaseFromCommandToCommand) {
  int64_t seq = last_seq();
  ok(CreateTeam{"T1"});
  now -= 10'000;  // the wall clock jumps back
  ok(CreateTeam{"T2"});
  auto log = entries_after(seq);
  ASSERT_EQ(log.size(), 2u);
  EXPECT_LT(log[0].hlc, log[1].hlc);
}

}  // namespace

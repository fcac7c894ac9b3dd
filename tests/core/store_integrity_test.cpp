#include "core/store/integrity.h"
#include "store_test_fixture.h"

using namespace overblik;
using namespace overblik::store;
using overblik::testing::D;

namespace {

struct Integrity : overblik::testing::WorkspaceFixture {
  bool reports(const std::string& where, const std::string& message) {
    auto problems = check_workspace(ws.db());
    EXPECT_TRUE(problems.ok());
    for (const auto& p : problems.value())
      if (p.where == where && p.message == message) return true;
    return false;
  }
};

TEST_F(Integrity, ACleanWorkspaceHasNoProblems) {
  std::string c = open_case(D(2024, 1, 1));
  ok(StartMeasure{c, placement, provider, D(2024, 2, 1), D(2024, 12, 31), 120000, "day", 2024});
  EXPECT_TRUE(check_workspace(ws.db()).value().empty());
}

TEST_F(Integrity, ReportsBrokenInvariantsWrittenAroundTheCommands) {
  std::string c = open_case(D(2024, 1, 1));
  std::string m = ok(StartMeasure{c, placement, provider, D(2024, 2, 1), std::nullopt, 120000, "day", 2024});
  ASSERT_TRUE(ws.db().exec("PRAGMA ignore_check_constraints=ON").ok());
  ASSERT_TRUE(ws.db().exec("UPDATE measure SET end=start-1, price_ore=-1").ok());
  ASSERT_TRUE(ws.db().exec("UPDATE child_case SET status='closed'").ok());
  EXPECT_TRUE(reports("measure '" + m + "'", "ends before it starts"));
  EXPECT_TRUE(reports("measure '" + m + "'", "negative price"));
  EXPECT_TRUE(reports("child_case '" + c + "'", "status closed without a closing date"));
}

TEST_F(Integrity, ReportsLiveRowsReferringToDeletedRows) {
  std::string c = open_case(D(2024, 1, 1));
  std::string inv = ok(StartInvestigation{c, D(2024, 1, 2)});
  ASSERT_TRUE(ws.db().exec("UPDATE child_case SET deleted=1").ok());  // around DeleteRow, which refuses this
  EXPECT_TRUE(reports("investigation '" + inv + "'", "case_id refers to a deleted row"));
}

TEST_F(Integrity, ReportsForeignKeyViolations) {
  ASSERT_TRUE(ws.db().exec("PRAGMA foreign_keys=OFF").ok());
  ASSERT_TRUE(ws.db()
                  .exec("INSERT INTO caseworker(id,hlc,device,name,team_id,fte_milli) "
                        "VALUES('cw-x','0','d','X','no-team',1000)")
                  .ok());
  auto problems = check_workspace(ws.db()).value();
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].where, "foreign_key_check");
}

}  // namespace

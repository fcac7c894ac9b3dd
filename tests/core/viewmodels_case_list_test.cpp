// The case list: red items first, filters, search narrowing agrees with a full rescan, refresh after a command.
#include <gtest/gtest.h>

#include <set>

#include "core/viewmodels/case_list.h"
#include "tests/core/viewmodels_fixture.h"

namespace overblik::viewmodels {
namespace {

using testing::demo_workspace;
using testing::index_of;
using testing::kAsOf;

class CaseListTest : public ::testing::Test {
 protected:
  store::Workspace ws = demo_workspace();
  CaseIndex index = index_of(ws);
};

TEST_F(CaseListTest, IndexSummarisesEachCasesDeadlines) {
  ASSERT_GT(index.entries().size(), 100u);
  int with_overdue = 0;
  for (size_t i = 0; i < index.entries().size(); ++i) {
    int overdue = 0;
    for (const auto& d : index.deadlines(i)) {
      EXPECT_EQ(d.case_id, index.entries()[i].id);
      overdue += d.status == rules::DeadlineStatus::overdue;
    }
    EXPECT_EQ(index.entries()[i].overdue, overdue);
    with_overdue += overdue > 0;
  }
  EXPECT_GT(with_overdue, 0) << "the demo has red numbers to show";
}

TEST_F(CaseListTest, UrgencyPutsOverdueThenDueSoonFirst) {
  CaseList list;
  const auto& rows = list.rows(index, {});
  ASSERT_FALSE(rows.empty());
  const auto& e = index.entries();
  for (size_t k = 1; k < rows.size(); ++k) {
    const CaseEntry &a = e[rows[k - 1]], &b = e[rows[k]];
    EXPECT_GE(a.overdue, b.overdue) << "more overdue deadlines first";
    if (a.overdue == b.overdue) {
      EXPECT_GE(a.due_soon, b.due_soon);
      if (a.due_soon == b.due_soon) {
        EXPECT_LE(a.next_due, b.next_due);
      }
    }
  }
  EXPECT_GT(e[rows.front()].overdue, 0);
  EXPECT_GT(list.overdue_cases(), 0);
  int counted = 0;
  for (uint32_t i : rows) counted += e[i].overdue;
  EXPECT_EQ(list.overdue_deadlines(), counted);
}

TEST_F(CaseListTest, FiltersKeepOnlyMatchingCases) {
  const auto& e = index.entries();
  const std::string cw = index.caseworkers().front().id;
  CaseListQuery q;
  q.caseworker_id = cw;
  auto rows = filter_cases(index, q);
  ASSERT_FALSE(rows.empty());
  for (uint32_t i : rows) {
    EXPECT_EQ(e[i].caseworker_id, cw);
    EXPECT_TRUE(e[i].open);
  }
  q.overdue_only = true;
  auto overdue = filter_cases(index, q);
  EXPECT_LT(overdue.size(), rows.size());
  for (uint32_t i : overdue) EXPECT_GT(e[i].overdue, 0);

  CaseListQuery closed;
  closed.status = CaseStatusFilter::closed;
  auto closed_rows = filter_cases(index, closed);
  ASSERT_FALSE(closed_rows.empty());
  for (uint32_t i : closed_rows) EXPECT_FALSE(e[i].open);
  CaseListQuery all;
  all.status = CaseStatusFilter::all;
  EXPECT_EQ(filter_cases(index, all).size(), e.size());

  CaseListQuery team;
  team.team_id = index.teams().front().id;
  team.status = CaseStatusFilter::all;
  EXPECT_EQ(filter_cases(index, team).size(), e.size()) << "the S demo has one team";
  team.team_id = "no-such-team";
  EXPECT_TRUE(filter_cases(index, team).empty());
}

TEST_F(CaseListTest, SearchNarrowingAgreesWithFullRescan) {
  CaseList list;
  CaseListQuery q;
  q.status = CaseStatusFilter::all;
  const std::string pseudonym = index.entries()[37].child_pseudonym;  // e.g. "Barn 1234"
  for (size_t n = 1; n <= pseudonym.size(); ++n) {
    q.search = pseudonym.substr(0, n);
    if (n == pseudonym.size()) q.search = "bARN" + pseudonym.substr(4);  // case-insensitive
    const auto rows = list.rows(index, q);
    EXPECT_EQ(rows, filter_cases(index, q)) << q.search;
  }
  const auto& found = list.rows(index, q);
  ASSERT_FALSE(found.empty());
  std::set<std::string> names;
  for (uint32_t i : found) names.insert(index.entries()[i].child_pseudonym);
  EXPECT_TRUE(names.count(pseudonym));
  const int before = list.recomputations();
  list.rows(index, q);
  EXPECT_EQ(list.recomputations(), before) << "same query, same index: cached";
}

TEST_F(CaseListTest, SortsByChildNumberAndDescending) {
  CaseListQuery q;
  q.sort = CaseSort::child;
  auto rows = filter_cases(index, q);
  const auto& e = index.entries();
  auto number = [&](uint32_t i) { return std::stoi(e[i].child_pseudonym.substr(e[i].child_pseudonym.find(' ') + 1)); };
  for (size_t k = 1; k < rows.size(); ++k) EXPECT_LE(number(rows[k - 1]), number(rows[k]));
  q.descending = true;
  auto down = filter_cases(index, q);
  for (size_t k = 1; k < down.size(); ++k) EXPECT_GE(number(down[k - 1]), number(down[k]));
}

TEST_F(CaseListTest, RecordingAFollowUpClearsTheOverdueFollowUp) {
  auto at = testing::case_with_overdue_follow_up(index);
  ASSERT_TRUE(at.has_value());
  const std::string id = index.entries()[*at].id;
  const int overdue_before = index.entries()[*at].overdue;
  CaseList list;
  CaseListQuery q;
  const int list_overdue_before = list.rows(index, q).size() ? list.overdue_deadlines() : 0;

  testing::apply_ok(ws, testing::follow_up(id, kAsOf, 6, std::nullopt, "ok"));
  ASSERT_TRUE(index.refresh_case(ws.db(), id).ok());
  EXPECT_EQ(index.find(id), static_cast<int>(*at));
  EXPECT_LT(index.entries()[*at].overdue, overdue_before);
  bool done_late = false;
  for (const auto& d : index.deadlines(*at))
    if (d.done == kAsOf && d.status == rules::DeadlineStatus::done_late) done_late = true;
  EXPECT_TRUE(done_late) << "the overdue follow-up is now done (late)";
  list.rows(index, q);
  EXPECT_LT(list.overdue_deadlines(), list_overdue_before) << "the cached list saw the new index version";
}

// After a sync merge the session rebuilds its index and moves it into the same place: a list cached against
// the old one must not take the new one for the same (same address, and a fresh index's version is low too).
TEST_F(CaseListTest, AListCachedAgainstAReplacedIndexRecomputes) {
  auto at = testing::case_with_overdue_follow_up(index);
  ASSERT_TRUE(at.has_value());
  CaseList list;
  CaseListQuery q;
  list.rows(index, q);
  const int overdue_before = list.overdue_deadlines();
  testing::apply_ok(ws, testing::follow_up(index.entries()[*at].id, kAsOf, 6, std::nullopt, "ok"));
  CaseIndex rebuilt = index_of(ws);
  rebuilt.succeed(index);
  index = std::move(rebuilt);
  list.rows(index, q);
  EXPECT_LT(list.overdue_deadlines(), overdue_before);
}

TEST_F(CaseListTest, ReassignmentMovesTheCaseBetweenCaseworkerFilters) {
  const auto& people = index.caseworkers();
  ASSERT_GE(people.size(), 2u);
  CaseListQuery a, b;
  a.caseworker_id = people[0].id;
  b.caseworker_id = people[1].id;
  auto rows_a = filter_cases(index, a);
  const size_t size_b = filter_cases(index, b).size();
  ASSERT_FALSE(rows_a.empty());
  const std::string id = index.entries()[rows_a.front()].id;
  testing::apply_ok(ws, store::AssignCase{id, people[1].id});
  ASSERT_TRUE(index.refresh_case(ws.db(), id).ok());
  EXPECT_EQ(filter_cases(index, a).size(), rows_a.size() - 1);
  EXPECT_EQ(filter_cases(index, b).size(), size_b + 1);
  EXPECT_EQ(index.entries()[static_cast<size_t>(index.find(id))].caseworker_name, people[1].name);
}

}  // namespace
}  // namespace overblik::viewmodels

// The case page: the child, measures with prices and ladder steps, follow-ups and deadlines of one case.
#include <gtest/gtest.h>

#include "core/viewmodels/case_page.h"
#include "tests/core/viewmodels_fixture.h"

namespace overblik::viewmodels {
namespace {

using testing::kAsOf;

TEST(CasePageTest, ShowsTheCaseAndItsDeadlines) {
  store::Workspace ws = testing::demo_workspace();
  CaseIndex index = testing::index_of(ws);
  auto at = testing::case_with_overdue_follow_up(index);
  ASSERT_TRUE(at.has_value());
  const CaseEntry& e = index.entries()[*at];
  auto page = build_case_page(ws.db(), e.id, kAsOf);
  ASSERT_TRUE(page.ok()) << page.error().text();
  const CasePage& p = page.value();
  EXPECT_EQ(p.child_pseudonym, e.child_pseudonym);
  EXPECT_EQ(p.age, age_in_years(e.child_birth, kAsOf));
  EXPECT_EQ(p.caseworker_name, e.caseworker_name);
  EXPECT_EQ(p.overdue, e.overdue);
  EXPECT_EQ(p.deadlines.size(), index.deadlines(*at).size());
  ASSERT_FALSE(p.deadlines.empty());
  EXPECT_EQ(p.deadlines.front().status, rules::DeadlineStatus::overdue) << "open deadlines first";
  ASSERT_FALSE(p.measures.empty()) << "a follow-up is owed for a measure";
  for (const auto& m : p.measures) {
    EXPECT_GE(m.ladder_step, 1);
    EXPECT_LE(m.ladder_step, 6);
    EXPECT_FALSE(m.type_name_da.empty());
    EXPECT_TRUE(m.price_unit == "day" || m.price_unit == "month" || m.price_unit == "year");
  }
  for (size_t k = 1; k < p.measures.size(); ++k) EXPECT_GE(p.measures[k - 1].active, p.measures[k].active);

  const size_t follow_ups = p.follow_ups.size();
  testing::apply_ok(ws, testing::follow_up(e.id, kAsOf, 7, add_months(kAsOf, 3), "Samtale med barn og forældre"));
  auto again = build_case_page(ws.db(), e.id, kAsOf);
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again.value().follow_ups.size(), follow_ups + 1);
  const FollowUpRow& newest = again.value().follow_ups.front();
  EXPECT_EQ(newest.done, kAsOf);
  EXPECT_EQ(newest.progress, 7);
  EXPECT_EQ(newest.next_due, add_months(kAsOf, 3));
  EXPECT_EQ(newest.note, "Samtale med barn og forældre");
  EXPECT_LT(again.value().overdue, p.overdue);
}

TEST(CasePageTest, UnknownCaseIsALocatedError) {
  store::Workspace ws = testing::demo_workspace();
  auto page = build_case_page(ws.db(), "no-such-case", kAsOf);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.error().where, "case");
}

TEST(CasePageTest, StartAndStopMeasureShowOnThePage) {
  store::Workspace ws = testing::demo_workspace();
  CaseIndex index = testing::index_of(ws);
  const CaseEntry* open = nullptr;
  for (const auto& e : index.entries())
    if (e.open) open = &e;
  ASSERT_NE(open, nullptr);
  auto type = ws.db().prepare("SELECT id, ladder_step FROM measure_type WHERE measure_group='preventive' ORDER BY id");
  ASSERT_TRUE(type.ok());
  ASSERT_TRUE(type.value().step());
  const std::string type_id = type.value().text(0);
  const int step = type.value().int32(1);
  store::StartMeasure start;
  start.case_id = open->id;
  start.type_id = type_id;
  start.start = kAsOf;
  start.planned_stop = add_months(kAsOf, 6);
  start.price_ore = 123'456'00;
  start.price_unit = "month";
  start.price_level_year = 2025;
  auto r = store::apply(ws, start, 1'750'000'000'000);
  ASSERT_TRUE(r.ok()) << r.error().text();
  auto page = build_case_page(ws.db(), open->id, kAsOf);
  ASSERT_TRUE(page.ok());
  const MeasureRow* m = nullptr;
  for (const auto& row : page.value().measures)
    if (row.id == r.value().id) m = &row;
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->price, 123'456'00);
  EXPECT_EQ(m->ladder_step, step);
  EXPECT_TRUE(m->active);
  testing::apply_ok(ws, store::StopMeasure{r.value().id, kAsOf});
  auto stopped = build_case_page(ws.db(), open->id, add_days(kAsOf, 1));
  ASSERT_TRUE(stopped.ok());
  for (const auto& row : stopped.value().measures) {
    if (row.id == r.value().id) {
      EXPECT_FALSE(row.active);
    }
  }
}

}  // namespace
}  // namespace overblik::viewmodels

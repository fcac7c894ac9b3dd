// Budget follow-up: actuals of whole months, committed cost to year end (respecting planned stops), the
// expected new measures formula, and the deviation against the corrected budget with its cause text.
#include <gtest/gtest.h>

#include <cmath>

#include "core/steering/budget.h"
#include "steering_workspace.h"

namespace overblik::steering {
namespace {

using testing::Workspace;
using testing::ymd;

class Budget : public ::testing::Test {
 protected:
  void SetUp() override {
    auto team = w.team("A");
    auto home = w.type("Opholdssted", "placement", 6);
    auto c1 = w.open_case(w.child(ymd(2010, 1, 1)), team, std::nullopt, ymd(2022, 1, 1));
    auto c2 = w.open_case(w.child(ymd(2011, 1, 1)), team, std::nullopt, ymd(2022, 1, 1));
    w.measure(c1, home, ymd(2023, 1, 1), 2'000'00, "day");                    // open-ended, before the window
    w.measure(c2, home, ymd(2024, 3, 1), 1'000'00, "day", ymd(2024, 8, 31));  // planned stop 31-08
    for (int month = 1; month <= 7; ++month)  // July is booked too (e.g. a preliminary posting)
      w.exec("INSERT INTO actual(id,hlc,device,month,measure_group,amount_ore) VALUES('a" + std::to_string(month) +
             "','0','t'," + std::to_string(first_of_month(2024, month)) + ",'placement',100000000)");
    w.exec(
        "INSERT INTO budget_line(id,hlc,device,year,measure_group,corrected_budget_ore,deviation_cause) "
        "VALUES('b1','0','t',2024,'placement',600000000,'Flere anbringelser på opholdssted')");
    facts = w.facts();
  }
  Workspace w;
  Facts facts;
};

TEST_F(Budget, FollowUpAtAMonthEnd) {
  const BudgetFollowUp b = budget_follow_up(facts, ymd(2024, 6, 30));
  EXPECT_EQ(b.cutoff, ymd(2024, 7, 1));
  EXPECT_EQ(b.remaining_days, 184);
  const BudgetRow& p = b.groups[static_cast<int>(MeasureGroup::placement)];
  EXPECT_EQ(p.actual, 6 * 100000000LL);  // January-June; July lies after the cut-off
  // 2,000 kr. a day to 31-12 (184 days) + 1,000 kr. a day to the planned stop 31-08 (62 days).
  EXPECT_EQ(p.committed, 184 * 2'000'00LL + 62 * 1'000'00LL);
  // Trailing 12 months: one new measure (01-03-2024), 1,000 kr. a day = 366,000 kr. a year.
  EXPECT_EQ(p.trailing_inflow, 1);
  EXPECT_EQ(p.inflow_annual_price, 366 * 1'000'00LL);
  const double want = 366 * 1'000'00.0 * (184.0 / 366) * (184.0 / 366) / 2;
  EXPECT_NEAR(static_cast<double>(p.expected_new), want, 0.5);
  EXPECT_EQ(p.forecast, p.actual + p.committed + p.expected_new);
  EXPECT_TRUE(p.has_budget);
  EXPECT_EQ(p.deviation, p.forecast - 600000000);
  EXPECT_EQ(p.deviation_cause, "Flere anbringelser på opholdssted");
  EXPECT_EQ(b.total.forecast, p.forecast);  // the other groups are empty
  EXPECT_FALSE(b.groups[static_cast<int>(MeasureGroup::preventive)].has_budget);
}

TEST_F(Budget, MidMonthCutsOffAtTheMonthStart) {
  const BudgetFollowUp b = budget_follow_up(facts, ymd(2024, 6, 15));
  EXPECT_EQ(b.cutoff, ymd(2024, 6, 1));
  const BudgetRow& p = b.groups[static_cast<int>(MeasureGroup::placement)];
  EXPECT_EQ(p.actual, 5 * 100000000LL);
  EXPECT_EQ(p.committed, 214 * 2'000'00LL + 92 * 1'000'00LL);
}

TEST_F(Budget, PlannedStopBeforeTheCutoffCommitsNothing) {
  const BudgetFollowUp b = budget_follow_up(facts, ymd(2024, 9, 30));
  const BudgetRow& p = b.groups[static_cast<int>(MeasureGroup::placement)];
  EXPECT_EQ(p.committed, 92 * 2'000'00LL);
  EXPECT_EQ(b.remaining_days, 92);
}

TEST_F(Budget, YearEndHasNothingLeft) {
  const BudgetFollowUp b = budget_follow_up(facts, ymd(2024, 12, 31));
  EXPECT_EQ(b.remaining_days, 0);
  for (const auto& g : b.groups) {
    EXPECT_EQ(g.committed, 0);
    EXPECT_EQ(g.expected_new, 0);
  }
}

}  // namespace
}  // namespace overblik::steering

// Caseload per caseworker and team, ladder distribution and movement, and the compliance summary.
#include <gtest/gtest.h>

#include "core/steering/caseload.h"
#include "core/steering/compliance.h"
#include "core/steering/ladder.h"
#include "steering_workspace.h"

namespace overblik::steering {
namespace {

using testing::Workspace;
using testing::ymd;

TEST(Caseload, OpenCasesPerFteWeightedAndUnassigned) {
  Workspace w;
  auto a = w.team("Team A");
  auto b = w.team("Team B");
  auto full = w.caseworker("Anna", a, 1000);
  auto half = w.caseworker("Bo", a, 500);
  w.caseworker("Cecilie", b, 1000);
  const Day on = ymd(2024, 6, 1);
  for (int i = 0; i < 3; ++i) w.open_case(w.child(ymd(2015, 1, 1)), a, full, ymd(2024, 1, 1));
  w.open_case(w.child(ymd(2015, 1, 1)), a, full, ymd(2023, 1, 1), ymd(2024, 5, 31));  // closed before
  w.open_case(w.child(ymd(2015, 1, 1)), a, full, ymd(2024, 6, 2));                    // opened after
  for (int i = 0; i < 2; ++i) w.open_case(w.child(ymd(2015, 1, 1)), a, half, ymd(2024, 1, 1), std::nullopt, 1500);
  w.open_case(w.child(ymd(2015, 1, 1)), a, std::nullopt, ymd(2024, 1, 1));
  const Caseload load = compute_caseload(w.facts(), on);
  ASSERT_EQ(load.caseworkers.size(), 4u);  // three caseworkers and the unassigned row
  EXPECT_EQ(load.caseworkers[0].open_cases, 3);
  EXPECT_DOUBLE_EQ(load.caseworkers[0].cases_per_fte, 3.0);
  EXPECT_EQ(load.caseworkers[1].open_cases, 2);
  EXPECT_DOUBLE_EQ(load.caseworkers[1].cases_per_fte, 4.0);
  EXPECT_DOUBLE_EQ(load.caseworkers[1].weighted_cases_per_fte, 6.0);
  EXPECT_EQ(load.caseworkers[2].open_cases, 0);
  EXPECT_EQ(load.caseworkers[3].key, kNone);
  EXPECT_EQ(load.caseworkers[3].open_cases, 1);
  ASSERT_EQ(load.teams.size(), 2u);
  EXPECT_EQ(load.teams[0].open_cases, 6);
  EXPECT_EQ(load.teams[0].unassigned, 1);
  EXPECT_EQ(load.teams[0].fte_milli, 1500);
  EXPECT_DOUBLE_EQ(load.teams[0].cases_per_fte, 4.0);
  EXPECT_EQ(load.total.open_cases, 6);
  EXPECT_DOUBLE_EQ(load.total.cases_per_fte, 2.4);
}

TEST(Ladder, DistributionAndMovementDownTheLadder) {
  Workspace w;
  auto team = w.team("A");
  auto institution = w.type("Døgninstitution", "placement", 6);
  auto foster = w.type("Plejefamilie", "placement", 5);
  auto family = w.type("Familiebehandling", "preventive", 3);
  // 2023: four children in institutions all year. 2024: two of them move to foster families on 01-01.
  for (int i = 0; i < 4; ++i) {
    auto c = w.open_case(w.child(ymd(2012, 1, 1)), team, std::nullopt, ymd(2022, 1, 1));
    if (i < 2) {
      w.measure(c, institution, ymd(2023, 1, 1), 3'000'00, "day", std::nullopt, ymd(2023, 12, 31));
      w.measure(c, foster, ymd(2024, 1, 1), 1'000'00, "day");
    } else {
      w.measure(c, institution, ymd(2023, 1, 1), 3'000'00, "day");
    }
  }
  auto c = w.open_case(w.child(ymd(2016, 1, 1)), team, std::nullopt, ymd(2022, 1, 1));
  w.measure(c, family, ymd(2024, 1, 1), 500'00, "day", std::nullopt, ymd(2024, 6, 30));
  const Facts facts = w.facts();
  const Period y2023 = period_containing(PeriodKind::year, ymd(2023, 6, 1));
  const Period y2024 = period_containing(PeriodKind::year, ymd(2024, 6, 1));
  const LadderDistribution d = ladder_distribution(compute_figures(facts, y2024, Breakdown::ladder));
  EXPECT_EQ(d.steps[5].children, 2);
  EXPECT_EQ(d.steps[4].children, 2);
  EXPECT_EQ(d.steps[2].children, 1);
  EXPECT_EQ(d.steps[4].full_year_persons_milli, 2000);
  EXPECT_EQ(d.steps[2].full_year_persons_milli, 497);  // 182 of 366 days
  const LadderMovement placements = ladder_movement(facts, {y2023, y2024}, Scope::placement);
  ASSERT_EQ(placements.points.size(), 2u);
  EXPECT_DOUBLE_EQ(placements.points[0].mean_step, 6.0);
  EXPECT_DOUBLE_EQ(placements.points[1].mean_step, 5.5);
  EXPECT_LT(placements.mean_step_change, 0);  // moving down the ladder
  EXPECT_DOUBLE_EQ(placements.points[1].steps[4].share_full_year_persons, 0.5);
  const LadderMovement all = ladder_movement(facts, {y2023, y2024}, Scope::all);
  EXPECT_GT(all.share_low_change, 0);
}

TEST(Compliance, SharesOnTimePerRuleAndRedNumbersPerCaseworker) {
  using rules::DeadlineKind;
  using rules::DeadlineStatus;
  auto item = [](DeadlineKind k, DeadlineStatus s, Day due, const char* cw) {
    rules::DeadlineItem it;
    it.kind = k;
    it.status = s;
    it.due = due;
    it.caseworker_id = cw;
    it.caseworker_name = cw;
    return it;
  };
  const Day as_of = ymd(2024, 6, 15);
  const std::vector<rules::DeadlineItem> items = {
      item(DeadlineKind::investigation, DeadlineStatus::done_on_time, ymd(2024, 2, 1), "cw1"),
      item(DeadlineKind::investigation, DeadlineStatus::done_on_time, ymd(2024, 3, 1), "cw1"),
      item(DeadlineKind::investigation, DeadlineStatus::done_late, ymd(2024, 4, 1), "cw2"),
      item(DeadlineKind::investigation, DeadlineStatus::overdue, ymd(2024, 6, 1), "cw2"),
      item(DeadlineKind::investigation, DeadlineStatus::done_on_time, ymd(2023, 6, 1), "cw2"),  // before the period
      item(DeadlineKind::first_follow_up, DeadlineStatus::due_soon, ymd(2024, 6, 20), "cw1"),
      item(DeadlineKind::first_follow_up, DeadlineStatus::overdue, ymd(2024, 6, 10), ""),
  };
  const ComplianceSummary s = summarize_compliance(items, period_containing(PeriodKind::ytd, as_of), as_of);
  const RuleCompliance& inv = s.rules[static_cast<int>(DeadlineKind::investigation)];
  EXPECT_EQ(inv.due, 4);
  EXPECT_EQ(inv.on_time, 2);
  EXPECT_DOUBLE_EQ(inv.share_on_time, 0.5);
  EXPECT_EQ(s.rules[static_cast<int>(DeadlineKind::first_follow_up)].due, 1);
  EXPECT_EQ(s.total.due, 5);
  ASSERT_EQ(s.caseworkers.size(), 3u);
  EXPECT_EQ(s.caseworkers[0].caseworker_id, "");
  EXPECT_EQ(s.caseworkers[0].overdue, 1);
  EXPECT_EQ(s.caseworkers[1].due_soon, 1);
  EXPECT_EQ(s.caseworkers[2].overdue, 1);
}

}  // namespace
}  // namespace overblik::steering

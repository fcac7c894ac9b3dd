// Cockpit, finance and workshop view models on the S demo: tiles agree with the engines, every drill-down
// lists the rows behind its figure, the workshop's levers move the totals, CSV is what Danish Excel reads.
#include <gtest/gtest.h>

#include "core/steering/facts.h"
#include "core/viewmodels/cockpit.h"
#include "core/viewmodels/economy.h"
#include "tests/core/viewmodels_fixture.h"

namespace overblik::viewmodels {
namespace {

using testing::demo_workspace;
using testing::kAsOf;

class CockpitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto f = steering::load_facts(ws.db());
    ASSERT_TRUE(f.ok()) << f.error().text();
    facts = std::move(f.value());
  }
  store::Workspace ws = demo_workspace();
  steering::Facts facts;
};

TEST_F(CockpitTest, PlacementDrillDownListsTheMeasuresBehindTheFigure) {
  const CockpitView v = build_cockpit(facts, ws.db(), kAsOf);
  const auto& placement = v.summary.ytd_groups[static_cast<int>(steering::Scope::placement)];
  ASSERT_GT(placement.measures, 0);
  const auto rows = drill_down(facts, Tile::placements, kAsOf);
  EXPECT_EQ(static_cast<int32_t>(rows.size()), placement.measures);
  Ore sum = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    sum += rows[i].amount;
    EXPECT_FALSE(rows[i].measure_id.empty());
    if (i > 0) {
      EXPECT_GE(rows[i - 1].amount, rows[i].amount) << "largest first";
    }
  }
  EXPECT_EQ(sum, placement.spend);
  EXPECT_EQ(v.tiles[1].value, format_decimal(placement.full_year_persons, 1));
}

TEST_F(CockpitTest, SpendDrillDownCoversEveryGroupAndCaseloadListsOpenCases) {
  const CockpitView v = build_cockpit(facts, ws.db(), kAsOf);
  const auto all = drill_down(facts, Tile::spend, kAsOf);
  const auto prev = drill_down(facts, Tile::preventive, kAsOf);
  const auto place = drill_down(facts, Tile::placements, kAsOf);
  EXPECT_GE(all.size(), prev.size() + place.size());
  EXPECT_EQ(static_cast<int32_t>(all.size()), v.summary.ytd_groups[0].measures);
  const auto cases = drill_down(facts, Tile::caseload, kAsOf);
  EXPECT_EQ(static_cast<int32_t>(cases.size()), v.summary.open_cases);
  EXPECT_EQ(v.tiles[0].trend.size(), 12u);
  ASSERT_EQ(v.ladder.size(), 12u);
  double fyp = 0;
  for (double x : v.ladder.back().full_year_persons) fyp += x;
  EXPECT_GT(fyp, 0.0);
}

TEST_F(CockpitTest, EconomyRowsAddUpToTheBudgetTotal) {
  const EconomyView e = build_economy(facts, kAsOf);
  ASSERT_EQ(e.rows.size(), 3u);
  Ore forecast = 0, budget = 0;
  for (const auto& r : e.rows) {
    forecast += r.budget.forecast;
    budget += r.budget.corrected_budget;
    EXPECT_EQ(r.budget.deviation, r.budget.forecast - r.budget.corrected_budget) << r.group_key;
  }
  EXPECT_EQ(forecast, e.total.forecast);
  EXPECT_EQ(budget, e.total.corrected_budget);
  EXPECT_EQ(e.rows[1].group_key, "placement");
  EXPECT_NE(e.total_quantity_effect + e.total_price_effect, 0);
}

TEST_F(CockpitTest, DeviationCauseCommandShowsInTheEconomyView) {
  store::SetDeviationCause c;
  c.year = build_economy(facts, kAsOf).year;
  c.group = "placement";
  c.cause = "Flere anbringelser end budgetteret";
  auto r = store::apply(ws, c, 1'750'000'000'000);
  ASSERT_TRUE(r.ok()) << r.error().text();
  auto f = steering::load_facts(ws.db());
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(build_economy(f.value(), kAsOf).rows[1].budget.deviation_cause, c.cause);
}

}  // namespace
}  // namespace overblik::viewmodels

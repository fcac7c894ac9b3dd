// The workshop's levers and figures, and the CSV text for Danish Excel.
#include <gtest/gtest.h>

#include "core/scenario/spec.h"
#include "core/steering/facts.h"
#include "core/viewmodels/scenario_csv.h"
#include "core/viewmodels/scenario_workshop.h"
#include "tests/core/viewmodels_fixture.h"

namespace overblik::viewmodels {
namespace {

using testing::demo_workspace;
using testing::kAsOf;

TEST(WorkshopLevers, SetAndReadBackAndRemoveAtZero) {
  scenario::ScenarioSpec spec;
  spec.horizon_years = 3;
  for (int i = 0; i < kWorkshopLeverCount; ++i) EXPECT_EQ(lever_setting(spec, i), 0);
  set_lever(spec, 0, -1000);
  set_lever(spec, 5, 2'000'000'00);
  EXPECT_EQ(lever_setting(spec, 0), -1000);
  EXPECT_EQ(lever_setting(spec, 1), 0) << "preventive volume is another lever";
  EXPECT_EQ(spec.levers.size(), 2u);
  EXPECT_EQ(spec.levers[0].values.size(), 3u);
  EXPECT_TRUE(scenario::validate_spec(spec).ok());
  set_lever(spec, 0, 0);
  EXPECT_EQ(lever_setting(spec, 0), 0);
  EXPECT_EQ(spec.levers.size(), 1u);
}

TEST(WorkshopLevers, FullRangeOfEverySliderIsAValidSpec) {
  for (int i = 0; i < kWorkshopLeverCount; ++i) {
    for (int64_t v : {workshop_levers()[i].min, workshop_levers()[i].max}) {
      scenario::ScenarioSpec spec;
      set_lever(spec, i, v);
      EXPECT_TRUE(scenario::validate_spec(spec).ok()) << workshop_levers()[i].key << " " << v;
    }
  }
}

TEST(Workshop, VolumeCutLowersTheTotalsAndTheTargetPathFollowsTheTarget) {
  store::Workspace ws = demo_workspace();
  auto facts = steering::load_facts(ws.db());
  ASSERT_TRUE(facts.ok());
  Workshop w;
  ASSERT_TRUE(w.open(facts.value(), kAsOf).ok());
  const WorkshopFigures base = w.figures();
  ASSERT_EQ(base.years.size(), 3u);
  EXPECT_EQ(base.horizon_scenario, base.horizon_baseline) << "no levers: the baseline";
  scenario::ScenarioSpec spec;
  set_lever(spec, 0, -2000);        // 20 % fewer placements
  set_lever(spec, 5, 100'000'000);  // 1 mio. kr. savings target per year
  ASSERT_TRUE(w.recompute(spec).ok());
  const WorkshopFigures& f = w.figures();
  EXPECT_LT(f.horizon_scenario, base.horizon_scenario);
  EXPECT_EQ(f.horizon_baseline, base.horizon_baseline);
  for (size_t y = 0; y < f.years.size(); ++y) {
    EXPECT_EQ(f.target_path[y], f.baseline[y] - 100'000'000);
    EXPECT_LE(f.scenario[y], f.baseline[y]);
    EXPECT_LE(f.diff_pct[y], 0.0);
  }
}

TEST(Csv, SemicolonsDecimalCommaBomAndQuoting) {
  const std::string text = csv_text({{"a;b", "sagt \"nej\"", "æøå"}, {csv_kroner(-123456), csv_decimal(12.46)}});
  EXPECT_EQ(text, "\xEF\xBB\xBF\"a;b\";\"sagt \"\"nej\"\"\";æøå\r\n-1234,56;12,5\r\n");
  EXPECT_EQ(csv_kroner(5), "0,05");
  EXPECT_EQ(csv_kroner(INT64_MIN), "-92233720368547758,08");
  EXPECT_EQ(csv_decimal(-0.01), "0,0");
}

TEST(Csv, WorkshopTableHasAHeaderAndOneRowPerYear) {
  WorkshopFigures f;
  f.years = {2025, 2026};
  f.baseline = {100'00, 200'00};
  f.scenario = {90'00, 150'00};
  f.target_path = {95'00, 195'00};
  f.diff_pct = {-10.0, -25.0};
  const CsvTable t = workshop_table(f, true);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0][0], "År");
  EXPECT_EQ(t[2], (std::vector<std::string>{"2026", "200,00", "150,00", "-50,00", "-25,0", "195,00"}));
  EXPECT_EQ(workshop_table(f, false)[0][0], "Year");
}

}  // namespace
}  // namespace overblik::viewmodels

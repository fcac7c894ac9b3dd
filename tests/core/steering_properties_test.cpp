// Properties of the steering figures on randomized workspaces (seeded, platform-independent PRNG):
// every breakdown sums to the total, the fast period cost equals cost_between, distinct children match a
// brute-force count, full-year persons of a whole-year measure is exactly 1 (leap years too), a planned stop
// ends a measure's contribution, and incremental updates give the same figures as a fresh load.
#include <gtest/gtest.h>

#include <set>

#include "core/demo/random.h"
#include "core/steering/cockpit.h"
#include "core/steering/figures.h"
#include "core/steering/period_cost.h"
#include "steering_workspace.h"

namespace overblik::steering {
namespace {

using testing::Workspace;
using testing::ymd;

// The demo's splitmix64 generator: the same sequence natively and in wasm.
struct Rng {
  explicit Rng(uint64_t seed) : r(seed) {}
  int in(int lo, int hi) { return static_cast<int>(r.between(lo, hi)); }
  bool chance(int percent) { return r.chance(percent * 10); }
  demo::Rng r;
};

struct Random {
  std::vector<std::string> teams, caseworkers, children, cases, types, providers, measures;
};

Random fill_random(Workspace& w, Rng& rng, int n_measures) {
  Random r;
  auto& teams = r.teams;
  auto& caseworkers = r.caseworkers;
  // Names appended, not `"R" + std::string&&`: GCC 12 warns falsely (-Wrestrict) on that once inlined.
  for (int t = 0; t < 3; ++t) teams.push_back(w.team(std::string("Team ").append(std::to_string(t))));
  for (int c = 0; c < 6; ++c)
    caseworkers.push_back(w.caseworker(std::string("R").append(std::to_string(c)), teams[c % 3], 500 + 100 * c));
  r.providers = {w.provider("internal"), w.provider("external"), w.provider("external")};
  const char* groups[] = {"preventive", "placement", "other"};
  for (int t = 0; t < 8; ++t) r.types.push_back(w.type("Type " + std::to_string(t), groups[t % 3], 1 + t % 6));
  const char* districts[] = {"Nord", "Syd", "Øst", "Vest"};
  for (int c = 0; c < 60; ++c) {
    auto child = w.child(ymd(rng.in(1998, 2024), rng.in(1, 12), rng.in(1, 28)), districts[rng.in(0, 3)]);
    r.children.push_back(child);
    // Some children have two cases in different teams (so a child can appear in two team rows).
    for (int k = 0; k < (rng.chance(20) ? 2 : 1); ++k) {
      std::optional<std::string> cw;
      if (!rng.chance(10)) cw = caseworkers[rng.in(0, 5)];
      r.cases.push_back(w.open_case(child, teams[rng.in(0, 2)], cw, ymd(2021, 1, 1)));
    }
  }
  const char* units[] = {"day", "month", "year"};
  for (int i = 0; i < n_measures; ++i) {
    const Day start = ymd(2022, 1, 1) + rng.in(0, 4 * 365);
    std::optional<Day> planned, end;
    if (rng.chance(50)) planned = start + rng.in(0, 500);
    if (rng.chance(40)) end = start + rng.in(0, 700);
    std::optional<std::string> prov;
    if (!rng.chance(15)) prov = r.providers[rng.in(0, 2)];
    const int u = rng.in(0, 2);
    const Ore price = u == 0 ? rng.in(100, 500'000) : u == 1 ? rng.in(1'000, 9'000'000) : rng.in(10'000, 99'000'000);
    r.measures.push_back(w.measure(r.cases[rng.in(0, static_cast<int>(r.cases.size()) - 1)], r.types[rng.in(0, 7)],
                                   start, price, units[u], planned, end, prov));
  }
  return r;
}

Period random_period(Rng& rng) {
  const Day as_of = ymd(2022, 1, 1) + rng.in(0, 4 * 365);
  return period_containing(static_cast<PeriodKind>(rng.in(0, 3)), as_of);
}

void expect_sums_to_total(const Figures& f, const char* what) {
  FigureRow sum;
  for (const auto& r : f.rows) {
    sum.days += r.days, sum.spend += r.spend, sum.measures += r.measures;
    sum.started += r.started, sum.ended += r.ended, sum.children += r.children;
  }
  EXPECT_EQ(sum.days, f.total.days) << what;
  EXPECT_EQ(sum.spend, f.total.spend) << what;
  EXPECT_EQ(sum.measures, f.total.measures) << what;
  EXPECT_EQ(sum.started, f.total.started) << what;
  EXPECT_EQ(sum.ended, f.total.ended) << what;
  if (f.by == Breakdown::age || f.by == Breakdown::district)
    EXPECT_EQ(sum.children, f.total.children) << what;  // one key per child
  else
    EXPECT_GE(sum.children, f.total.children) << what;  // a child may sit in two rows
}

TEST(SteeringProperties, EveryBreakdownSumsToTheTotal) {
  Rng rng{20240601};
  for (int round = 0; round < 4; ++round) {
    Workspace w;
    fill_random(w, rng, 400);
    const Facts facts = w.facts();
    for (int p = 0; p < 5; ++p) {
      const Period period = random_period(rng);
      const FigureSet set = compute_all_figures(facts, period);
      for (int b = 0; b < kBreakdownCount; ++b) {
        FigureRow scopes;
        for (int s = 0; s < kScopeCount; ++s) {
          const Figures& f = set.figures[b][s];
          std::string what =
              std::string(breakdown_name(f.by)) + " scope " + std::to_string(s) + " " + period_label(period);
          expect_sums_to_total(f, what.c_str());
          if (s > 0) scopes.days += f.total.days, scopes.spend += f.total.spend, scopes.measures += f.total.measures;
        }
        EXPECT_EQ(scopes.days, set.figures[b][0].total.days);
        EXPECT_EQ(scopes.spend, set.figures[b][0].total.spend);
        EXPECT_EQ(scopes.measures, set.figures[b][0].total.measures);
      }
      // The single-breakdown call gives the same rows as the all-in-one pass.
      const Figures one = compute_figures(facts, period, Breakdown::caseworker, Scope::placement);
      const Figures& all = set.get(Breakdown::caseworker, Scope::placement);
      ASSERT_EQ(one.rows.size(), all.rows.size());
      for (size_t i = 0; i < one.rows.size(); ++i) EXPECT_EQ(one.rows[i].spend, all.rows[i].spend);
    }
  }
}

TEST(SteeringProperties, TotalsMatchABruteForceRecount) {
  Rng rng{7};
  Workspace w;
  fill_random(w, rng, 300);
  const Facts facts = w.facts();
  const auto& m = facts.measures;
  for (int p = 0; p < 12; ++p) {
    const Period period = random_period(rng);
    Ore spend = 0;
    int64_t days = 0;
    std::set<uint32_t> children;
    for (size_t i = 0; i < m.size(); ++i) {
      const Day a = std::max(m.start[i], period.from), z = std::min(m.stop[i], period.to);
      if (a > z) continue;
      spend += cost_between(m.price[i], m.unit[i], a, z);
      days += z - a + 1;
      children.insert(m.child[i]);
    }
    const Figures f = compute_figures(facts, period, Breakdown::team);
    EXPECT_EQ(f.total.spend, spend) << period_label(period);
    EXPECT_EQ(f.total.days, days);
    EXPECT_EQ(f.total.children, static_cast<int32_t>(children.size()));
  }
}

TEST(SteeringProperties, PeriodCostEqualsCostBetween) {
  Rng rng{99};
  for (int i = 0; i < 3000; ++i) {
    const Period period = random_period(rng);
    const PeriodCost cost(period);
    const Day a = period.from + rng.in(0, period.days() - 1);
    const Day z = a + rng.in(0, period.to - a);
    const Ore price = rng.in(0, 2'000'000'000);
    for (PriceUnit u : {PriceUnit::day, PriceUnit::month, PriceUnit::year})
      ASSERT_EQ(cost.cost(price, u, a, z), cost_between(price, u, a, z))
          << format_iso_date(a) << ".." << format_iso_date(z) << " unit " << static_cast<int>(u);
  }
}

TEST(SteeringProperties, WholeYearMeasureIsOneFullYearPersonAlsoInLeapYears) {
  Workspace w;
  auto team = w.team("A");
  auto type = w.type("Plejefamilie", "placement", 5);
  auto c = w.open_case(w.child(ymd(2015, 3, 1)), team, std::nullopt, ymd(2020, 1, 1));
  w.measure(c, type, ymd(2020, 6, 1), 50'000'00, "month");
  const Facts facts = w.facts();
  for (int year : {2023, 2024}) {
    const Figures f = compute_figures(facts, period_containing(PeriodKind::year, ymd(year, 7, 1)), Breakdown::type);
    EXPECT_EQ(f.total.full_year_persons_milli, 1000) << year;
    EXPECT_DOUBLE_EQ(f.total.full_year_persons, 1.0) << year;
    EXPECT_EQ(f.total.spend, 12 * 50'000'00) << year;
    EXPECT_EQ(f.total.average_price, 12 * 50'000'00) << year;
  }
  const Figures feb = compute_figures(facts, period_containing(PeriodKind::month, ymd(2024, 2, 10)), Breakdown::type);
  EXPECT_EQ(feb.total.full_year_persons_milli, 1000);
  EXPECT_EQ(feb.total.days, 29);
}

TEST(SteeringProperties, PlannedStopEndsTheContribution) {
  Workspace w;
  auto team = w.team("A");
  auto type = w.type("Aflastning", "preventive", 2);
  auto c = w.open_case(w.child(ymd(2012, 3, 1)), team, std::nullopt, ymd(2023, 1, 1));
  w.measure(c, type, ymd(2024, 1, 1), 1'000'00, "day", ymd(2024, 3, 31));
  const Facts facts = w.facts();
  const Figures q2 = compute_figures(facts, period_containing(PeriodKind::quarter, ymd(2024, 5, 1)), Breakdown::group);
  EXPECT_TRUE(q2.rows.empty());
  EXPECT_EQ(q2.total.spend, 0);
  const Figures q1 = compute_figures(facts, period_containing(PeriodKind::quarter, ymd(2024, 2, 1)), Breakdown::group);
  EXPECT_EQ(q1.total.days, 91);
  EXPECT_EQ(q1.total.ended, 1);
  EXPECT_EQ(q1.total.started, 1);
  const Figures year = compute_figures(facts, period_containing(PeriodKind::year, ymd(2024, 2, 1)), Breakdown::group);
  EXPECT_EQ(year.total.spend, 91 * 1'000'00);
}

TEST(SteeringProperties, TrendPassEqualsMonthByMonthTotals) {
  Rng rng(31);
  Workspace w;
  fill_random(w, rng, 300);
  const Facts facts = w.facts();
  const CockpitSummary cockpit = cockpit_summary(facts, ymd(2024, 3, 15));
  ASSERT_EQ(cockpit.trend.size(), 12u);
  EXPECT_EQ(cockpit.trend.front().month.from, ymd(2023, 4, 1));
  EXPECT_EQ(cockpit.trend.back().month.to, ymd(2024, 3, 31));
  for (const auto& point : cockpit.trend) {
    const auto one = compute_group_totals(facts, point.month);
    for (int s = 0; s < kScopeCount; ++s) {
      EXPECT_EQ(point.groups[s].spend, one[s].spend) << period_label(point.month);
      EXPECT_EQ(point.groups[s].days, one[s].days);
      EXPECT_EQ(point.groups[s].children, one[s].children);
      EXPECT_EQ(point.groups[s].started, one[s].started);
      EXPECT_EQ(point.groups[s].ended, one[s].ended);
    }
  }
}

void expect_same_figures(const Facts& a, const Facts& b, const Period& p) {
  const FigureSet x = compute_all_figures(a, p), y = compute_all_figures(b, p);
  for (int bd = 0; bd < kBreakdownCount; ++bd)
    for (int s = 0; s < kScopeCount; ++s) {
      const Figures &fx = x.figures[bd][s], &fy = y.figures[bd][s];
      ASSERT_EQ(fx.rows.size(), fy.rows.size()) << breakdown_name(fx.by);
      for (size_t i = 0; i < fx.rows.size(); ++i) {
        EXPECT_EQ(fx.rows[i].label, fy.rows[i].label);
        EXPECT_EQ(fx.rows[i].spend, fy.rows[i].spend);
        EXPECT_EQ(fx.rows[i].days, fy.rows[i].days);
        EXPECT_EQ(fx.rows[i].children, fy.rows[i].children);
      }
    }
}

TEST(SteeringIncremental, ApplyChangeMatchesAFreshLoad) {
  Rng rng{4242};
  Workspace w;
  Random r = fill_random(w, rng, 200);
  Facts facts = w.facts();
  const Period year = period_containing(PeriodKind::year, ymd(2024, 5, 1));
  auto check = [&](const char* entity, const std::string& id) {
    ASSERT_TRUE(apply_change(facts, w.db(), entity, id).ok());
    expect_same_figures(facts, w.facts(), year);
  };
  // New price and an end date on an existing measure.
  const std::string& m1 = r.measures[100];
  w.exec("UPDATE measure SET price_ore=price_ore*2, end=start+30 WHERE id='" + m1 + "'");
  check("measure", m1);
  // A new measure (its id sorts in the middle of the existing ones).
  w.exec(
      "INSERT INTO measure(id,hlc,device,case_id,type_id,start,price_ore,price_unit,price_level_year) "
      "VALUES('" +
      m1 + "a','0','t','" + r.cases[3] + "','" + r.types[1] + "'," + std::to_string(ymd(2024, 2, 1)) +
      ",123400,'day',2024)");
  check("measure", m1 + "a");
  // A tombstoned measure drops out.
  w.exec("UPDATE measure SET deleted=1 WHERE id='" + r.measures[101] + "'");
  check("measure", r.measures[101]);
  // A case moves to another team and caseworker.
  const std::string case_id = r.cases[5];
  w.exec("UPDATE child_case SET team_id='" + r.teams[1] + "', caseworker_id='" + r.caseworkers[4] + "' WHERE id='" +
         case_id + "'");
  check("child_case", case_id);
  // A new case with a new measure.
  const std::string fresh = w.open_case(r.children[20], r.teams[0], std::nullopt, ymd(2024, 1, 1));
  check("child_case", fresh);
  const std::string fm = w.measure(fresh, r.types[2], ymd(2024, 3, 1), 500'00, "day");
  check("measure", fm);
  // A closed case keeps its measures; a deleted case's measures leave the figures (full reload).
  w.exec("UPDATE measure SET deleted=1 WHERE case_id='" + r.cases[7] + "'");
  w.exec("UPDATE child_case SET deleted=1 WHERE id='" + r.cases[7] + "'");
  check("child_case", r.cases[7]);
  // Anything else reloads.
  w.exec("UPDATE measure_type SET ladder_step=1 WHERE id='" + r.types[0] + "'");
  check("measure_type", r.types[0]);
}

}  // namespace
}  // namespace overblik::steering

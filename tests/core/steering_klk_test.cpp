// The KLK cockpit fixture (DOMAIN.md, seed 001 L38): a workspace whose measures give the cockpit's spend and
// full-year persons for 2016 and 2017, and the figures the engine must derive from them.
#include <gtest/gtest.h>

#include <cmath>

#include "core/model/money.h"
#include "core/steering/effects.h"
#include "core/steering/figures.h"
#include "steering_workspace.h"

namespace overblik::steering {
namespace {

using testing::Workspace;
using testing::ymd;

constexpr Ore kMio = 100'000'000;  // øre per million kroner

// Measures of one catalogue type in one calendar year giving `fyp_tenths` / 10 full-year persons and exactly
// `spend` øre: whole-year measures (one of them year-priced to absorb the remainder) plus one partial measure.
void add_year(Workspace& w, const std::string& team, const std::string& type, int year, int fyp_tenths, Ore spend) {
  const int len = days_in_year(year);
  const int whole = fyp_tenths / 10;
  const int partial_days = static_cast<int>(std::lround((fyp_tenths % 10) / 10.0 * len));
  const Ore day_price = spend / (static_cast<Ore>(whole) * len + partial_days);
  const Ore year_price = spend - day_price * (static_cast<Ore>(whole - 1) * len + partial_days);
  const Day first = ymd(year, 1, 1), last = ymd(year, 12, 31);
  auto one = [&](Ore price, const char* unit, Day end) {
    auto c = w.open_case(w.child(ymd(year - 8, 5, 1)), team, std::nullopt, first);
    w.measure(c, type, first, price, unit, std::nullopt, end);
  };
  for (int i = 0; i < whole - 1; ++i) one(day_price, "day", last);
  one(year_price, "year", last);
  if (partial_days > 0) one(day_price, "day", first + partial_days - 1);
}

class Klk : public ::testing::Test {
 protected:
  void SetUp() override {
    auto team = w.team("Familieteam");
    auto home = w.type("Opholdssted", "placement", 6);
    auto foster = w.type("Plejefamilie", "placement", 5);
    auto institution = w.type("Døgninstitution", "placement", 6);
    auto family = w.type("Familiebehandling", "preventive", 3);
    auto other = w.type("Diverse", "other", 2);
    // Lines chosen so the rounded lines and the printed totals both match the cockpit (94.7 and 104.9).
    add_year(w, team, home, 2016, 262, 169 * kMio / 10);
    add_year(w, team, foster, 2016, 445, 178 * kMio / 10);
    add_year(w, team, institution, 2016, 400, 3176 * kMio / 100);
    add_year(w, team, family, 2016, 1000, 2496 * kMio / 100);
    add_year(w, team, other, 2016, 100, 327 * kMio / 100);
    add_year(w, team, home, 2017, 313, 264 * kMio / 10);
    add_year(w, team, foster, 2017, 445, 178 * kMio / 10);
    add_year(w, team, institution, 2017, 428, 2642 * kMio / 100);
    add_year(w, team, family, 2017, 1200, 3214 * kMio / 100);
    add_year(w, team, other, 2017, 100, 214 * kMio / 100);
    facts = w.facts();
    y2016 = compute_all_figures(facts, period_containing(PeriodKind::year, ymd(2016, 12, 31)));
    y2017 = compute_all_figures(facts, period_containing(PeriodKind::year, ymd(2017, 12, 31)));
  }
  static uint32_t type_key(const Facts& f, const char* name) {
    for (uint32_t i = 0; i < f.types.dim.size(); ++i)
      if (f.types.dim.name[i] == name) return i;
    return kNone;
  }
  static std::string mio(Ore v) { return format_decimal(static_cast<double>(v) / kMio, 1); }
  static std::string fyp(const FigureRow& r) { return format_decimal(r.full_year_persons, 1); }
  Workspace w;
  Facts facts;
  FigureSet y2016, y2017;
};

TEST_F(Klk, PlacementsMatchTheCockpit) {
  const auto* p16 = y2016.get(Breakdown::group).find(static_cast<uint32_t>(MeasureGroup::placement));
  const auto* p17 = y2017.get(Breakdown::group).find(static_cast<uint32_t>(MeasureGroup::placement));
  ASSERT_TRUE(p16 && p17);
  EXPECT_EQ(fyp(*p16), "110,7");
  EXPECT_EQ(fyp(*p17), "118,6");
  EXPECT_EQ(mio(p16->spend), "66,5");
  EXPECT_EQ(mio(p17->spend), "70,6");
  // Derived: average placement price 2017 = 70.6 / 118.6 = 0.595 mio. kr. per full-year person.
  EXPECT_TRUE(p17->priced_per_full_year_person);
  EXPECT_EQ(format_decimal(static_cast<double>(p17->average_price) / kMio, 3), "0,595");
  // The placement scope's total is the same row.
  EXPECT_EQ(y2017.get(Breakdown::team, Scope::placement).total.spend, p17->spend);
  EXPECT_EQ(y2017.get(Breakdown::team, Scope::placement).total.days, p17->days);
}

TEST_F(Klk, ResidentialHomesAndFosterFamilies) {
  const uint32_t home = type_key(facts, "Opholdssted"), foster = type_key(facts, "Plejefamilie");
  const auto* h16 = y2016.get(Breakdown::type).find(home);
  const auto* h17 = y2017.get(Breakdown::type).find(home);
  ASSERT_TRUE(h16 && h17);
  EXPECT_EQ(fyp(*h16), "26,2");
  EXPECT_EQ(fyp(*h17), "31,3");
  EXPECT_EQ(mio(h16->spend), "16,9");
  EXPECT_EQ(mio(h17->spend), "26,4");
  // Derived: 645 and 843 tkr. per full-year person.
  EXPECT_EQ(mul_div_round(h16->average_price, 1, 100'000), 645);
  EXPECT_EQ(mul_div_round(h17->average_price, 1, 100'000), 843);
  EXPECT_EQ(fyp(*y2016.get(Breakdown::type).find(foster)), "44,5");
  EXPECT_EQ(fyp(*y2017.get(Breakdown::type).find(foster)), "44,5");
}

TEST_F(Klk, LinesAndAreaTotals) {
  auto line = [](const FigureSet& s, MeasureGroup g) {
    return mio(s.get(Breakdown::group).find(static_cast<uint32_t>(g))->spend);
  };
  EXPECT_EQ(line(y2016, MeasureGroup::preventive), "25,0");
  EXPECT_EQ(line(y2016, MeasureGroup::other), "3,3");
  EXPECT_EQ(line(y2017, MeasureGroup::preventive), "32,1");
  EXPECT_EQ(line(y2017, MeasureGroup::other), "2,1");
  EXPECT_EQ(mio(y2016.get(Breakdown::group).total.spend), "94,7");
  EXPECT_EQ(mio(y2017.get(Breakdown::group).total.spend), "104,9");
}

TEST_F(Klk, QuantityAndPriceEffectsAddUpExactly) {
  const Effects e = quantity_price_effects(y2016.get(Breakdown::type, Scope::placement),
                                           y2017.get(Breakdown::type, Scope::placement));
  ASSERT_FALSE(e.rows.empty());
  for (const auto& r : e.rows) {
    EXPECT_EQ(r.quantity_effect + r.price_effect, r.spend1 - r.spend0) << r.label;
    EXPECT_TRUE(r.per_full_year_person) << r.label;
    // (Q1 - Q0) x P0 computed independently in floating point agrees to the øre.
    const double want = (r.quantity1 - r.quantity0) * static_cast<double>(r.spend0) / r.quantity0;
    EXPECT_NEAR(static_cast<double>(r.quantity_effect), want, 1.0) << r.label;
  }
  EXPECT_EQ(e.total.quantity_effect + e.total.price_effect, e.total.spend1 - e.total.spend0);
  // Placements: 7.9 more full-year persons at 0.60 mio. = about 4.7 mio. quantity effect, the rest is price.
  EXPECT_EQ(mio(e.total.quantity_effect), "4,7");
  EXPECT_EQ(mio(e.total.price_effect), "-0,6");
  // Preventive measures are priced per child: 100 -> 120 children.
  const Effects prev = quantity_price_effects(y2016.get(Breakdown::group, Scope::preventive),
                                              y2017.get(Breakdown::group, Scope::preventive));
  ASSERT_EQ(prev.rows.size(), 1u);
  EXPECT_FALSE(prev.rows[0].per_full_year_person);
  EXPECT_EQ(prev.rows[0].quantity_effect, mul_div_round(prev.rows[0].spend0, 20, 100));
  EXPECT_EQ(prev.rows[0].quantity_effect + prev.rows[0].price_effect, prev.rows[0].change());
}

}  // namespace
}  // namespace overblik::steering

#pragma once
// Steering figures for a period and a breakdown, computed from the column store (facts.h) in one pass over
// the measures. This is the view-model API the UI and the CLI call:
//
//   FigureSet all = compute_all_figures(facts, period_containing(PeriodKind::year, as_of));
//   const Figures& by_team = all.get(Breakdown::team, Scope::placement);
//   for (const FigureRow& r : by_team.rows) ... r.label, r.full_year_persons, r.spend, r.average_price ...
//
// Definitions (DOMAIN.md, "Steering figures"):
// - a measure is active on the days from its start to its effective stop (actual end, else planned stop, else
//   open), so a planned stop date ends its contribution even before anyone records the end;
// - days = measure-days inside the period; full-year persons (helårspersoner) = days / days in the period;
// - spend = cost_between(price, unit, first active day in the period, last) summed over measures (øre);
// - children = distinct children with at least one active measure in the row;
// - started (tilgang) / ended (afgang) = measures whose start / effective stop falls inside the period;
// - average price = spend / full-year persons for placements, spend / children otherwise (a row's group is
//   its key for the group and type breakdowns, else the scope; rows of Scope::all are priced per child).
// Every additive column (days, spend, measures, started, ended) of a breakdown sums exactly to the total.
// Children sum to the total only for per-child breakdowns (age, district); elsewhere a child with measures in
// two rows (e.g. two teams) counts in both, so the rows can sum to more than the distinct total.
#include <array>
#include <string_view>
#include <vector>

#include "core/steering/facts.h"
#include "core/steering/period.h"

namespace overblik::steering {

enum class Breakdown : uint8_t { team, caseworker, group, type, ladder, provider, age, district };
constexpr int kBreakdownCount = 8;
Result<Breakdown> parse_breakdown(std::string_view s);  // team|caseworker|group|type|ladder|provider|age|district
const char* breakdown_name(Breakdown b);

// Which measure groups a figure covers.
enum class Scope : uint8_t { all = 0, preventive = 1, placement = 2, other = 3 };
constexpr int kScopeCount = 4;
inline Scope scope_of(MeasureGroup g) {
  return static_cast<Scope>(static_cast<int>(g) + 1);
}

// Age bands (aldersgrupper) by age on the period's last day; 18-22 is aftercare (efterværn).
enum class AgeBand : uint8_t { age0_5, age6_12, age13_17, age18_22, age23_plus };
constexpr int kAgeBandCount = 5;
// Keys of the provider breakdown: 0 internal, 1 external (kNone: no provider recorded).

struct FigureRow {
  uint32_t key = kNone;    // index into the breakdown's dimension (team, type, ...; ladder: step - 1); kNone = none
  std::string_view label;  // into the Facts or static text: valid while the Facts is unchanged
  int32_t children = 0;    // distinct children
  int32_t measures = 0;    // measures active in the period
  int32_t started = 0;     // tilgang
  int32_t ended = 0;       // afgang
  int64_t days = 0;        // measure-days in the period
  int64_t full_year_persons_milli = 0;  // helårspersoner x 1000, rounded half away from zero
  double full_year_persons = 0;         // days / days in the period (for display and ratios only)
  Ore spend = 0;
  Ore price_per_full_year_person = 0;  // spend / full-year persons, rounded; 0 without days
  Ore price_per_child = 0;             // spend / children, rounded; 0 without children
  Ore average_price = 0;               // one of the two above, by the row's group (see the header comment)
  bool priced_per_full_year_person = false;
};

struct Figures {
  Period period;
  Breakdown by = Breakdown::group;
  Scope scope = Scope::all;
  FigureRow total;                            // key kNone, label "I alt"
  std::vector<FigureRow> rows;                // rows with an active measure, in key order; the kNone row (if any) last
  const FigureRow* find(uint32_t key) const;  // nullptr if the row is absent
};

struct FigureSet {
  Period period;
  std::array<std::array<Figures, kScopeCount>, kBreakdownCount> figures;
  const Figures& get(Breakdown b, Scope s = Scope::all) const {
    return figures[static_cast<int>(b)][static_cast<int>(s)];
  }
};

// Every breakdown for every scope in one pass over the measures.
FigureSet compute_all_figures(const Facts& facts, const Period& period);
// One breakdown for one scope (the same pass, restricted to that breakdown).
Figures compute_figures(const Facts& facts, const Period& period, Breakdown by, Scope scope = Scope::all);
// Group totals only (the cheapest pass): element g is Scope g (0 = all groups).
std::array<FigureRow, kScopeCount> compute_group_totals(const Facts& facts, const Period& period);

// Group totals for several periods in one pass (e.g. the 12 months of a trend): element i is periods[i].
std::vector<std::array<FigureRow, kScopeCount>> compute_group_totals(const Facts& facts,
                                                                     const std::vector<Period>& periods);

// The display label of a key ("(ingen)" for kNone).
std::string_view breakdown_label(const Facts& facts, Breakdown by, uint32_t key);

}  // namespace overblik::steering

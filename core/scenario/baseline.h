#pragma once
// The baseline of a projection: the workspace's measures and trends at an as-of date, extended monthly over
// the longest horizon (5 years) with synthetic future measures. Built once from the steering column store;
// levers then transform a copy of its measure list (see projection.h). Rules (docs/scenario-spec.md):
// - projection start P0 = as-of if it is the first of a month, else the first of the next month;
// - a measure is in the baseline if it started on or before as-of and its effective stop is on or after P0;
// - its stop is the recorded end, else the planned stop if that is on or after P0, else an expected stop:
//   start + the type's average duration - 1, or (if that is already before P0) P0 + half that duration - 1;
// - a type's average duration = mean days (end - start + 1) of its measures ended on or before as-of
//   (fallback: the group's mean, then 365 days);
// - new measures arrive per type at the trailing 12-month inflow (measures started in [P0 - 12 months, P0)):
//   a per-type accumulator starts at 6, adds the 12-month count each month and emits one measure on the
//   first of the month per full 12; each new measure is a new child, runs the type's average duration and
//   costs the type's average yearly price (mean yearly-equivalent price of its baseline measures at P0,
//   fallback: all its measures; day prices x 365, month prices x 12).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/scenario/spec.h"
#include "core/steering/facts.h"

namespace overblik::scenario {

// Catalogue types as the projection sees them (dense indices as in the facts).
struct TypeTable {
  std::vector<std::string> id, name;
  std::vector<steering::MeasureGroup> group;
  std::vector<uint8_t> ladder_step;
  std::vector<Ore> avg_yearly_price;  // 0 with has_price = 0 if the type has no measures at all
  std::vector<uint8_t> has_price;
  std::vector<int32_t> avg_duration_days;
  std::vector<int32_t> inflow_12m;  // measures started in the trailing 12 months
  size_t size() const { return id.size(); }
  uint32_t index_of(std::string_view type_id) const;  // steering::kNone if absent
};

// Baseline measures, struct of arrays, grouped by child (real children first, then one per synthetic measure).
struct BaselineMeasures {
  std::vector<uint32_t> child;
  std::vector<uint16_t> type;
  std::vector<Day> start, stop;  // stop is inclusive and always set (no open ends)
  std::vector<Ore> yearly;       // yearly price for month/year units (øre); 0 for day prices
  std::vector<Ore> daily;        // day price for day units (øre); 0 otherwise
  std::vector<Ore> rank_price;   // yearly-equivalent price, for cheapest-first and averages
  std::vector<uint8_t> synthetic;
  size_t size() const { return child.size(); }
};

struct Baseline {
  Day as_of = 0;
  Day start = 0;                                  // P0, the first projected day (a first of month)
  int first_year = 0;                             // calendar year of P0 (labels of projection years)
  std::array<Day, kMaxMonths + 1> month_start{};  // month m = [month_start[m], month_start[m+1])
  std::array<int32_t, kMaxMonths> month_days{};
  std::vector<uint8_t> month_of_offset;  // month index of day P0 + k, k < month_start[60] - P0
  TypeTable types;
  BaselineMeasures measures;
  uint32_t child_count = 0;
  // Orderings of all measure slots by selection rule (ties by slot), precomputed once.
  std::vector<uint32_t> order_cheapest, order_longest_running, order_newest;
  // Caseload inputs at as-of.
  int64_t fte_milli = 0;          // sum of caseworker FTE
  int64_t open_cases = 0;         // cases open at as-of
  int64_t children_at_start = 0;  // distinct children with a baseline measure active at P0

  Day end_of_month(int m) const { return month_start[m + 1] - 1; }
  Day year_start(int y) const { return month_start[12 * y]; }
  int month_of(Day d) const { return month_of_offset[d - start]; }  // requires start <= d < month_start[60]
};

// Projection start for an as-of date (see the rules above).
Day projection_start(Day as_of);

// Builds the baseline. Deterministic: same facts and as-of, same baseline.
Result<Baseline> build_baseline(const steering::Facts& facts, Day as_of);

// The default as-of of a workspace: workspace_meta 'as_of' if set, else the latest measure start or end.
Result<Day> default_as_of(store::Database& db, const steering::Facts& facts);

}  // namespace overblik::scenario

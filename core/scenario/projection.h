#pragma once
// The projection: levers applied to the baseline's individual measures, aggregated per month and year.
//
//   auto base = build_baseline(facts, as_of);          // once
//   Projection p = project(base.value(), spec).value(); // per slider move: < 2 ms on the L demo
//
// For live recomputes keep a ProjectionWorkspace and a Projection and call project_into(): after the first
// call nothing is allocated. Levers apply in a fixed order, whatever their order in the spec (spec order
// within a kind; an investment's effects take its place): volume, duration, mix_shift, share_floor, then prices.
// Money per month: a measure's monthly cost = yearly price / 12 x active days / days in month (day prices:
// price x active days), summed per type and month in twelfths of an øre (exact), times the price factor of
// the type and year, rounded once per cell half away from zero. A year's figure is rounded once from its
// exact sum, so it can differ from the sum of its rounded months by a few øre.
#include <cstdint>
#include <string>
#include <vector>

#include "core/scenario/baseline.h"
#include "core/scenario/spec.h"

namespace overblik::scenario {

// Figures of one projection. Cells are type-major: [type * months + m] and [type * years + y].
// Children are counted once per month (year) at their most intrusive measure (highest ladder step, then
// highest type index), so children, like the other figures, add up over types, groups and steps.
struct Projection {
  int years = 0, months = 0;
  Day start = 0;
  int first_year = 0;
  std::vector<int32_t> month_days, year_days;
  std::vector<std::string> type_id, type_name;
  std::vector<steering::MeasureGroup> type_group;
  std::vector<uint8_t> type_step;
  std::vector<int64_t> measures_m, children_m, days_m;  // days_m: active measure-days (full-year persons x days)
  std::vector<Ore> spend_m;
  std::vector<int64_t> measures_y, children_y, days_y;
  std::vector<Ore> spend_y;
  std::vector<Ore> investment_y;                       // investment amounts
  std::vector<Ore> staff_delta_y;                      // caseworker cost against the baseline FTE
  std::vector<Ore> target_y;                           // savings target path (0 where none)
  std::vector<int64_t> fte_milli_y, caseload_milli_y;  // caseload = projected open cases / FTE (x 1000)
  std::vector<std::string> warnings;                   // e.g. a share floor that could not be met

  size_t types() const { return type_id.size(); }
  Ore measures_spend(int y) const;  // sum over types
  Ore total(int y) const { return measures_spend(y) + investment_y[y] + staff_delta_y[y]; }
  Ore horizon_total() const;
};

// Reusable buffers of the hot path (the working measure list and per-type accumulators).
struct ProjectionWorkspace {
  std::vector<uint32_t> child;
  std::vector<uint16_t> type, type2;
  std::vector<Day> start, stop, split;  // split: first day under type2 (steering::kOpenEnd = not converted)
  std::vector<Ore> yearly, daily, rank, yearly2;
  std::vector<uint8_t> alive;
  std::vector<uint32_t> candidates, order;
  std::vector<int64_t> acc;  // per-type month accumulators
  std::vector<int64_t> month_a, month_b;
  std::vector<int64_t> factor_ppm;  // [type * years + y]
  struct Piece {
    uint32_t key;  // ladder step << 16 | type
    int16_t m0, m1, y0, y1;
  };
  std::vector<Piece> pieces;
};

// Resolves the spec against the baseline (type ids, prices), then projects. Errors are located by JSON path.
Result<Projection> project(const Baseline& baseline, const ScenarioSpec& spec);
Status project_into(const Baseline& baseline, const ScenarioSpec& spec, ProjectionWorkspace& ws, Projection& out);

// Roll-ups of type cells (months or years) to a level: total (1 row), group (3), ladder step (6, steps 1-6).
enum class Level : uint8_t { total, group, ladder_step, type };
const char* level_name(Level l);
std::vector<std::string> level_keys(const Projection& p, Level l);
// cells: one of the projection's type-major vectors; periods: p.months or p.years.
std::vector<int64_t> roll_up(const Projection& p, const std::vector<int64_t>& cells, int periods, Level l);

}  // namespace overblik::scenario

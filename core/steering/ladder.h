#pragma once
// The intervention ladder (indsatstrappen): children and full-year persons per step, and its movement over
// time. "Moving down the ladder" = the full-year-person-weighted mean step falls (equivalently, more of the
// volume sits on the lower, less intrusive steps).
#include <array>
#include <vector>

#include "core/steering/figures.h"

namespace overblik::steering {

struct LadderStep {
  uint8_t step = 0;  // 1-6
  int32_t children = 0;
  int64_t full_year_persons_milli = 0;
  Ore spend = 0;
  double share_children = 0;           // of the children on any step (a child on two steps counts on both)
  double share_full_year_persons = 0;  // of all full-year persons
};

struct LadderDistribution {
  Period period;
  std::array<LadderStep, 6> steps;
  double mean_step = 0;  // full-year-person weighted; 0 when empty
  double share_low = 0;  // share of full-year persons on steps 1-3 (in the home or universal services)
};

// From a ladder breakdown (compute_figures(facts, period, Breakdown::ladder, scope)).
LadderDistribution ladder_distribution(const Figures& by_ladder);

struct LadderMovement {
  std::vector<LadderDistribution> points;  // one per period, in the order given
  double mean_step_change = 0;             // last - first; negative = moving down the ladder
  double share_low_change = 0;             // last - first; positive = moving down the ladder
};

LadderMovement ladder_movement(const Facts& facts, const std::vector<Period>& periods, Scope scope = Scope::all);

}  // namespace overblik::steering

#pragma once
// The cockpit's key figures (styringscockpit) on an as-of date, for the UI's front page and `overblik report`:
// year-to-date spend, full-year persons, children and average prices per group, caseload, budget forecast,
// the ladder distribution, and a 12-month trend (the months ending with the as-of date's month).
#include <array>
#include <vector>

#include "core/steering/budget.h"
#include "core/steering/caseload.h"
#include "core/steering/figures.h"
#include "core/steering/ladder.h"

namespace overblik::steering {

struct TrendPoint {
  Period month;
  std::array<FigureRow, kScopeCount> groups;  // [Scope]: all, preventive, placement, other
};

struct CockpitSummary {
  Day as_of = 0;
  Period ytd;
  std::array<FigureRow, kScopeCount> ytd_groups;  // [Scope]
  Ore average_placement_price = 0;                // ytd spend / full-year persons, placements
  Ore average_preventive_price = 0;               // ytd spend / children, preventive
  int32_t open_cases = 0;
  double cases_per_fte = 0;
  BudgetFollowUp budget;
  LadderDistribution ladder;      // year to date, all groups
  std::vector<TrendPoint> trend;  // 12 months, oldest first
};

CockpitSummary cockpit_summary(const Facts& facts, Day as_of);

}  // namespace overblik::steering

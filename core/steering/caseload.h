#pragma once
// Caseload (sagsantal): open cases per caseworker FTE on a day, per caseworker and per team, also weighted by
// case weight (tyngde, 1000 = an ordinary case). A case is open on day d when opened <= d and it is not closed
// before d. A team's FTE is the sum of its caseworkers' FTE; its cases are the cases of the team (also the
// unassigned ones, which are listed separately).
#include <vector>

#include "core/steering/facts.h"

namespace overblik::steering {

struct CaseloadRow {
  uint32_t key = kNone;  // caseworker or team index; kNone = unassigned / no team
  std::string_view label;
  int32_t open_cases = 0;
  int64_t weighted_cases_milli = 0;  // sum of case weights
  int32_t unassigned = 0;            // team rows: open cases without a caseworker
  int64_t fte_milli = 0;
  double cases_per_fte = 0;           // 0 when the FTE is 0
  double weighted_cases_per_fte = 0;  // 0 when the FTE is 0
};

struct Caseload {
  Day on = 0;
  std::vector<CaseloadRow> caseworkers;  // every caseworker, in index order; then one kNone row if unassigned cases
  std::vector<CaseloadRow> teams;        // every team, in index order
  CaseloadRow total;
};

Caseload compute_caseload(const Facts& facts, Day on);

}  // namespace overblik::steering

#pragma once
// Budget follow-up (budgetopfølgning) and forecast per measure group for the as-of date's year.
//
// cutoff  = the day after the last complete month on the as-of date (as_of + 1 on a month's last day,
//           else the first day of as_of's month): actuals cover whole booked months, forecasts the rest.
// actual  = sum of table `actual` for the months of the year before cutoff (forbrug til dato).
// committed = sum over measures of cost_between(price, unit, max(start, cutoff), min(stop, 31-12)): the
//           measures already decided (also those starting later), each to its effective stop (actual end,
//           else planned stop, else year end) - a planned stop date ends the commitment.
// expected new = A x (R / Y) x (R / Y) / 2, rounded half away from zero, where
//           N = measures of the group started in the trailing 12 months (cutoff - 1 year .. cutoff - 1),
//           A = the sum of their annual prices (day price x Y, month price x 12, year price),
//           R = days from cutoff to 31-12 (inclusive), Y = days in the year.
//           That is: inflow per year N x remaining share of the year (R/Y) new measures, at the average annual
//           price A/N, each running on average half the remaining time (R/2Y of a year) - inflow x average
//           price x remaining time, with starts spread evenly over the remaining months.
// forecast = actual + committed + expected new; deviation = forecast - corrected budget (positive = overspend,
//           merforbrug). The cause text is budget_line.deviation_cause (edited by another command).
#include <array>
#include <string>

#include "core/steering/facts.h"

namespace overblik::steering {

struct BudgetRow {
  MeasureGroup group = MeasureGroup::other;
  bool has_budget = false;  // a budget_line exists for the year and group
  Ore corrected_budget = 0;
  Ore actual = 0;
  Ore committed = 0;
  Ore expected_new = 0;
  int32_t trailing_inflow = 0;  // N
  Ore inflow_annual_price = 0;  // A
  Ore forecast = 0;
  Ore deviation = 0;
  std::string deviation_cause;
};

struct BudgetFollowUp {
  Day as_of = 0;
  int year = 0;
  Day cutoff = 0;
  int remaining_days = 0;  // R
  std::array<BudgetRow, kGroupCount> groups;
  BudgetRow total;  // sums (deviation_cause empty)
};

BudgetFollowUp budget_follow_up(const Facts& facts, Day as_of);

}  // namespace overblik::steering

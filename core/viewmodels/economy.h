// The finance view (økonomi): budget follow-up per measure group with the quantity and price effects of the
// year to date against the same span last year, and the budget against the forecast for a chart.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/steering/budget.h"
#include "core/steering/effects.h"

namespace overblik::viewmodels {

struct EconomyRow {
  steering::MeasureGroup group = steering::MeasureGroup::other;
  std::string group_key;  // schema name ("placement"), as SetDeviationCause wants it
  steering::BudgetRow budget;
  Ore quantity_effect = 0, price_effect = 0;  // year to date against last year's same span
};

struct EconomyView {
  Day as_of = 0;
  int year = 0;
  std::vector<EconomyRow> rows;  // one per group, in group order
  steering::BudgetRow total;
  Ore total_quantity_effect = 0, total_price_effect = 0;
};

EconomyView build_economy(const steering::Facts& facts, Day as_of);

}  // namespace overblik::viewmodels

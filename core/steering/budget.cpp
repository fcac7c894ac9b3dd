#include "core/steering/budget.h"

#include "core/steering/period_cost.h"

namespace overblik::steering {

namespace {

Ore annual_price(Ore price, PriceUnit unit, int year_days) {
  switch (unit) {
    case PriceUnit::day:
      return price * year_days;
    case PriceUnit::month:
      return price * 12;
    case PriceUnit::year:
      return price;
  }
  return price;
}

Day cutoff_for(Day as_of) {
  CivilDate c = civil_from_day(as_of);
  if (c.day == days_in_month(c.year, c.month)) return as_of + 1;
  return first_of_month(c.year, c.month);
}

}  // namespace

BudgetFollowUp budget_follow_up(const Facts& facts, Day as_of) {
  BudgetFollowUp out;
  out.as_of = as_of;
  out.year = civil_from_day(as_of).year;
  out.cutoff = cutoff_for(as_of);
  const Day year_first = first_of_year(out.year);
  const Day year_last = first_of_year(out.year + 1) - 1;
  const int year_days = days_in_year(out.year);
  out.remaining_days = out.cutoff <= year_last ? year_last - out.cutoff + 1 : 0;
  const Day trailing_from = add_months(out.cutoff, -12);

  for (int g = 0; g < kGroupCount; ++g) out.groups[g].group = static_cast<MeasureGroup>(g);
  for (const auto& b : facts.budgets) {
    if (b.year != out.year) continue;
    auto& r = out.groups[static_cast<int>(b.group)];
    r.has_budget = true;
    r.corrected_budget = b.corrected_budget;
    r.deviation_cause = b.deviation_cause;
  }
  for (const auto& a : facts.actuals)
    if (a.month >= year_first && a.month < out.cutoff && a.month <= year_last)
      out.groups[static_cast<int>(a.group)].actual += a.amount;

  // The rest of the year lies inside one calendar year: the O(1) month-table cost applies.
  const PeriodCost rest_cost(Period{PeriodKind::year, out.cutoff, year_last});
  const auto& m = facts.measures;
  for (size_t i = 0; i < m.size(); ++i) {
    auto& r = out.groups[static_cast<int>(m.group[i])];
    const Day a = m.start[i] > out.cutoff ? m.start[i] : out.cutoff;
    const Day z = m.stop[i] < year_last ? m.stop[i] : year_last;
    if (a <= z) r.committed += rest_cost.cost(m.price[i], m.unit[i], a, z);
    if (m.start[i] >= trailing_from && m.start[i] < out.cutoff) {
      r.trailing_inflow += 1;
      r.inflow_annual_price += annual_price(m.price[i], m.unit[i], year_days);
    }
  }
  const int64_t r_days = out.remaining_days;
  for (auto& r : out.groups) {
    // A x R^2 / (2 Y^2), one rounding.
    r.expected_new = mul_div_round(r.inflow_annual_price, r_days * r_days, 2LL * year_days * year_days);
    r.forecast = r.actual + r.committed + r.expected_new;
    r.deviation = r.forecast - r.corrected_budget;
    out.total.has_budget = out.total.has_budget || r.has_budget;
    out.total.corrected_budget += r.corrected_budget;
    out.total.actual += r.actual;
    out.total.committed += r.committed;
    out.total.expected_new += r.expected_new;
    out.total.trailing_inflow += r.trailing_inflow;
    out.total.inflow_annual_price += r.inflow_annual_price;
    out.total.forecast += r.forecast;
    out.total.deviation += r.deviation;
  }
  return out;
}

}  // namespace overblik::steering

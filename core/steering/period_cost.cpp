#include "core/steering/period_cost.h"

namespace overblik::steering {

PeriodCost::PeriodCost(const Period& p) : from_(p.from) {
  CivilDate a = civil_from_day(p.from);
  CivilDate b = civil_from_day(p.to);
  fast_ = p.to >= p.from && a.year == b.year;
  if (!fast_) return;
  year_days_ = days_in_year(a.year);
  month_of_.resize(static_cast<size_t>(p.to - p.from + 1));
  for (int m = a.month; m <= b.month; ++m) {
    Day first = first_of_month(a.year, m);
    Day last = first + days_in_month(a.year, m) - 1;
    months_.push_back({first, last, days_in_month(a.year, m)});
    for (Day d = first > p.from ? first : p.from; d <= last && d <= p.to; ++d)
      month_of_[d - p.from] = static_cast<uint8_t>(months_.size() - 1);
  }
}

}  // namespace overblik::steering

#pragma once
// Cost of a measure inside one reporting period in O(1), equal to the øre to cost_between() (facts.h).
// cost_between() walks calendar segments and converts each day to a civil date; the figures' hot loop instead
// uses the period's month table, precomputed once: whole months cost exactly the month price, and only the
// first and last partial month are prorated (each rounded half away from zero, as cost_between does).
#include <cstdint>
#include <vector>

#include "core/steering/facts.h"
#include "core/steering/period.h"

namespace overblik::steering {

class PeriodCost {
 public:
  explicit PeriodCost(const Period& p);
  // Cost over [a, b], which must lie inside the period (a <= b).
  Ore cost(Ore price, PriceUnit unit, Day a, Day b) const {
    if (unit == PriceUnit::day) return price * (b - a + 1);
    if (!fast_ || price < 0 || price > kFastPriceLimit) return cost_between(price, unit, a, b);
    if (unit == PriceUnit::year) return round_div(price * (b - a + 1), year_days_);
    const Month& ma = months_[month_of_[a - from_]];
    const Month& mb = months_[month_of_[b - from_]];
    if (&ma == &mb) return round_div(price * (b - a + 1), ma.days);
    Ore first = a == ma.first ? price : round_div(price * (ma.last - a + 1), ma.days);
    Ore last = b == mb.last ? price : round_div(price * (b - mb.first + 1), mb.days);
    return first + last + price * (&mb - &ma - 1);
  }

 private:
  struct Month {
    Day first, last;
    int64_t days;
  };
  // Prices up to 10^12 øre (10 mia. kr.) keep price x 366 far inside int64.
  static constexpr Ore kFastPriceLimit = 1'000'000'000'000;
  // Half away from zero for non-negative values, like mul_div_round.
  static int64_t round_div(int64_t p, int64_t den) { return (p + den / 2) / den; }

  Day from_ = 0;
  bool fast_ = false;  // the period lies inside one calendar year
  int64_t year_days_ = 365;
  std::vector<Month> months_;
  std::vector<uint8_t> month_of_;  // day offset in the period -> index into months_
};

}  // namespace overblik::steering

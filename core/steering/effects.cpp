#include "core/steering/effects.h"

#include <algorithm>

namespace overblik::steering {

EffectRow quantity_price_effect(const FigureRow& r0, int period_days0, const FigureRow& r1, int period_days1) {
  EffectRow e;
  e.key = r1.measures > 0 ? r1.key : r0.key;
  e.label = r1.measures > 0 ? r1.label : r0.label;
  e.per_full_year_person = r1.measures > 0 ? r1.priced_per_full_year_person : r0.priced_per_full_year_person;
  e.spend0 = r0.spend;
  e.spend1 = r1.spend;
  e.price0 = r0.average_price;
  e.price1 = r1.average_price;
  // Quantities as fractions n / d.
  int64_t n0, d0, n1, d1;
  if (e.per_full_year_person) {
    n0 = r0.days, d0 = period_days0 > 0 ? period_days0 : 1;
    n1 = r1.days, d1 = period_days1 > 0 ? period_days1 : 1;
  } else {
    n0 = r0.children, d0 = 1;
    n1 = r1.children, d1 = 1;
  }
  e.quantity0 = static_cast<double>(n0) / static_cast<double>(d0);
  e.quantity1 = static_cast<double>(n1) / static_cast<double>(d1);
  if (n0 == 0) {
    e.quantity_effect = e.change();
  } else {
    // S0 x (n1/d1 - n0/d0) / (n0/d0) = S0 x (n1 d0 - n0 d1) / (d1 n0)
    e.quantity_effect = mul_div_round(e.spend0, n1 * d0 - n0 * d1, d1 * n0);
  }
  e.price_effect = e.change() - e.quantity_effect;
  return e;
}

Effects quantity_price_effects(const Figures& before, const Figures& after) {
  Effects out;
  out.before = before.period;
  out.after = after.period;
  const int pd0 = before.period.days(), pd1 = after.period.days();
  out.total = quantity_price_effect(before.total, pd0, after.total, pd1);
  std::vector<uint32_t> keys;
  for (const auto& r : before.rows) keys.push_back(r.key);
  for (const auto& r : after.rows) keys.push_back(r.key);
  std::sort(keys.begin(), keys.end());  // kNone (max value) sorts last
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  const FigureRow empty;
  for (uint32_t k : keys) {
    const FigureRow* r0 = before.find(k);
    const FigureRow* r1 = after.find(k);
    out.rows.push_back(quantity_price_effect(r0 ? *r0 : empty, pd0, r1 ? *r1 : empty, pd1));
  }
  return out;
}

}  // namespace overblik::steering

#include "core/viewmodels/economy.h"

#include "core/steering/figures.h"
#include "core/steering/period.h"

namespace overblik::viewmodels {

EconomyView build_economy(const steering::Facts& facts, Day as_of) {
  EconomyView v;
  v.as_of = as_of;
  const steering::BudgetFollowUp budget = steering::budget_follow_up(facts, as_of);
  v.year = budget.year;
  v.total = budget.total;
  const steering::Period now = steering::period_containing(steering::PeriodKind::ytd, as_of);
  const steering::Period before = steering::previous_period(now);
  const steering::Effects effects =
      steering::quantity_price_effects(steering::compute_figures(facts, before, steering::Breakdown::group),
                                       steering::compute_figures(facts, now, steering::Breakdown::group));
  for (int g = 0; g < steering::kGroupCount; ++g) {
    EconomyRow r;
    r.group = static_cast<steering::MeasureGroup>(g);
    r.group_key = steering::group_name(r.group);
    r.budget = budget.groups[static_cast<size_t>(g)];
    for (const auto& e : effects.rows) {
      if (e.key != static_cast<uint32_t>(g)) continue;
      r.quantity_effect = e.quantity_effect;
      r.price_effect = e.price_effect;
    }
    v.total_quantity_effect += r.quantity_effect;
    v.total_price_effect += r.price_effect;
    v.rows.push_back(std::move(r));
  }
  return v;
}

}  // namespace overblik::viewmodels

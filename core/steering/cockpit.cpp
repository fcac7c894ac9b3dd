#include "core/steering/cockpit.h"

namespace overblik::steering {

CockpitSummary cockpit_summary(const Facts& facts, Day as_of) {
  CockpitSummary s;
  s.as_of = as_of;
  s.ytd = period_containing(PeriodKind::ytd, as_of);
  s.ytd_groups = compute_group_totals(facts, s.ytd);
  s.average_placement_price = s.ytd_groups[static_cast<int>(Scope::placement)].price_per_full_year_person;
  s.average_preventive_price = s.ytd_groups[static_cast<int>(Scope::preventive)].price_per_child;
  const Caseload load = compute_caseload(facts, as_of);
  s.open_cases = load.total.open_cases;
  s.cases_per_fte = load.total.cases_per_fte;
  s.budget = budget_follow_up(facts, as_of);
  s.ladder = ladder_distribution(compute_figures(facts, s.ytd, Breakdown::ladder));
  const Period this_month = period_containing(PeriodKind::month, as_of);
  std::vector<Period> months;
  for (int k = 11; k >= 0; --k) months.push_back(previous_period(this_month, k));
  const auto totals = compute_group_totals(facts, months);  // one pass for all 12 months
  for (size_t k = 0; k < months.size(); ++k) s.trend.push_back({months[k], totals[k]});
  return s;
}

}  // namespace overblik::steering

#include "core/steering/ladder.h"

namespace overblik::steering {

LadderDistribution ladder_distribution(const Figures& by_ladder) {
  LadderDistribution d;
  d.period = by_ladder.period;
  int64_t children = 0, days = 0, weighted = 0, low = 0;
  std::array<int64_t, 6> step_days{};
  for (int s = 0; s < 6; ++s) d.steps[s].step = static_cast<uint8_t>(s + 1);
  for (const auto& r : by_ladder.rows) {
    if (r.key >= 6) continue;  // no step recorded: not on the ladder
    LadderStep& st = d.steps[r.key];
    st.children = r.children;
    st.full_year_persons_milli = r.full_year_persons_milli;
    st.spend = r.spend;
    step_days[r.key] = r.days;
    children += r.children;
    days += r.days;
    weighted += r.days * (r.key + 1);
    if (r.key < 3) low += r.days;
  }
  for (int s = 0; s < 6; ++s) {
    d.steps[s].share_children = children ? static_cast<double>(d.steps[s].children) / children : 0;
    d.steps[s].share_full_year_persons = days ? static_cast<double>(step_days[s]) / days : 0;
  }
  d.mean_step = days ? static_cast<double>(weighted) / days : 0;
  d.share_low = days ? static_cast<double>(low) / days : 0;
  return d;
}

LadderMovement ladder_movement(const Facts& facts, const std::vector<Period>& periods, Scope scope) {
  LadderMovement m;
  for (const auto& p : periods)
    m.points.push_back(ladder_distribution(compute_figures(facts, p, Breakdown::ladder, scope)));
  if (m.points.size() >= 2) {
    m.mean_step_change = m.points.back().mean_step - m.points.front().mean_step;
    m.share_low_change = m.points.back().share_low - m.points.front().share_low;
  }
  return m;
}

}  // namespace overblik::steering

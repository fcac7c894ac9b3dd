// Monthly actuals per measure group, exactly the measures' costs (steering::cost_between over each month's
// active days, as the cockpit computes them), and corrected budgets per year and group that deviate a little
// from the year's full cost, with a cause text for the larger deviations.
#include <algorithm>
#include <array>

#include "core/demo/vocabulary.h"
#include "core/demo/world.h"

namespace overblik::demo {

namespace {

constexpr int kGroups = steering::kGroupCount;
int gi(steering::MeasureGroup g) {
  return static_cast<int>(g);
}

Day month_end(Day first) {
  CivilDate c = civil_from_day(first);
  return first + days_in_month(c.year, c.month) - 1;
}

}  // namespace

void make_finance(World& w, Rng& rng) {
  const Day as_of = w.options.as_of;
  // Actuals for every whole month from the start of the history up to as_of.
  const CivilDate h = civil_from_day(w.history_start);
  std::vector<Day> months;
  for (Day m = first_of_month(h.year, h.month); month_end(m) <= as_of; m = month_end(m) + 1) months.push_back(m);
  std::vector<std::array<Ore, kGroups>> spend(months.size(), std::array<Ore, kGroups>{});
  for (const Measure& m : w.measures) {
    const Day stop = m.effective_stop();
    for (size_t i = 0; i < months.size(); ++i) {
      const Day from = std::max(m.start, months[i]);
      const Day to = std::min(stop, month_end(months[i]));
      if (from <= to) spend[i][static_cast<size_t>(gi(m.group))] += steering::cost_between(m.price, m.unit, from, to);
    }
  }
  for (size_t i = 0; i < months.size(); ++i)
    for (int g = 0; g < kGroups; ++g)
      w.actuals.push_back({months[i], static_cast<steering::MeasureGroup>(g), spend[i][static_cast<size_t>(g)]});

  // Corrected budgets: the year's full cost (committed to the planned stops for the current year)
  // adjusted by -6 % .. +5 %, rounded to 1,000 kr.
  const int first_year = h.year, last_year = civil_from_day(as_of).year;
  for (int year = first_year; year <= last_year; ++year) {
    std::array<Ore, kGroups> cost{};
    const Day y0 = first_of_year(year), y1 = first_of_year(year + 1) - 1;
    for (const Measure& m : w.measures) {
      const Day from = std::max(m.start, y0), to = std::min(m.effective_stop(), y1);
      if (from <= to) cost[static_cast<size_t>(gi(m.group))] += steering::cost_between(m.price, m.unit, from, to);
    }
    for (int g = 0; g < kGroups; ++g) {
      const int deviation_permille = static_cast<int>(rng.between(-60, 50));
      const Ore budget =
          mul_div_round(cost[static_cast<size_t>(g)], 1000 + deviation_permille, 1000 * 100'000) * 100'000;
      BudgetLine b{year, static_cast<steering::MeasureGroup>(g), budget, ""};
      // A budget below the cost means spending above budget (merforbrug).
      if (deviation_permille <= -20 || deviation_permille >= 20)
        b.cause = std::string(deviation_cause(g, deviation_permille < 0, static_cast<int>(rng.below(3))));
      w.budgets.push_back(std::move(b));
    }
  }
}

}  // namespace overblik::demo

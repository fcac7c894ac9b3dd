// The lever steps: each transforms the working measure list in place (no allocation once the workspace
// has grown to the baseline's size).
#include "core/scenario/levers.h"

#include <algorithm>

#include "core/scenario/splitmix.h"

namespace overblik::scenario::detail {

using steering::kNone;
using steering::kOpenEnd;

namespace {

Day horizon_end(const Baseline& b, int years) {
  return b.month_start[12 * years] - 1;
}
Day year_end(const Baseline& b, int y) {
  return b.month_start[12 * y + 12] - 1;
}

bool active(const ProjectionWorkspace& ws, size_t i, Day from, Day to) {
  return ws.alive[i] && ws.start[i] <= to && ws.stop[i] >= from;
}

// Visits slots in the order of a selection rule until `take` returns false. The random rule draws from the
// slots that pass `eligible` (a partial Fisher-Yates shuffle seeded by the lever's seed and `salt`).
template <class Eligible, class Take>
void visit_by_rule(const Baseline& b, SelectRule rule, uint64_t seed, uint64_t salt, ProjectionWorkspace& ws,
                   Eligible eligible, Take take) {
  const size_t n = ws.alive.size();
  const size_t nb = b.measures.size();
  auto walk = [&](const std::vector<uint32_t>& order, bool reverse) {
    for (size_t k = 0; k < order.size(); ++k) {
      uint32_t i = order[reverse ? order.size() - 1 - k : k];
      if (eligible(i) && !take(i)) return;
    }
    for (size_t i = nb; i < n; ++i)  // measures added by a volume increase come last
      if (eligible(i) && !take(static_cast<uint32_t>(i))) return;
  };
  switch (rule) {
    case SelectRule::cheapest_first:
      return walk(b.order_cheapest, false);
    case SelectRule::most_expensive_first:
      return walk(b.order_cheapest, true);
    case SelectRule::longest_running_first:
      return walk(b.order_longest_running, false);
    case SelectRule::newest_first:
      return walk(b.order_newest, false);
    case SelectRule::random: {
      auto& c = ws.candidates;
      c.clear();
      for (size_t i = 0; i < n; ++i)
        if (eligible(i)) c.push_back(static_cast<uint32_t>(i));
      SplitMix rng{seed * 0x100000001b3ull + salt};
      for (size_t k = 0; k < c.size(); ++k) {
        std::swap(c[k], c[k + rng.below(static_cast<uint32_t>(c.size() - k))]);
        if (!take(c[k])) return;
      }
    }
  }
}

// Measures of a type mask active in each projection year (working list, unconverted types).
void count_per_year(const ProjectionWorkspace& ws, const std::vector<uint8_t>& mask, const Baseline& b, int years,
                    int64_t* out) {
  for (int y = 0; y < years; ++y) out[y] = 0;
  for (size_t i = 0; i < ws.alive.size(); ++i) {
    if (!ws.alive[i] || !mask[ws.type[i]]) continue;
    for (int y = 0; y < years; ++y) out[y] += ws.start[i] <= year_end(b, y) && ws.stop[i] >= b.year_start(y);
  }
}

void append_copy(ProjectionWorkspace& ws, uint32_t i, Day start, uint32_t child) {
  ws.child.push_back(child);
  ws.type.push_back(ws.type[i]);
  ws.type2.push_back(ws.type[i]);
  ws.start.push_back(start);
  ws.stop.push_back(ws.stop[i]);
  ws.split.push_back(kOpenEnd);
  ws.yearly.push_back(ws.yearly[i]);
  ws.daily.push_back(ws.daily[i]);
  ws.rank.push_back(ws.rank[i]);
  ws.yearly2.push_back(0);
  ws.alive.push_back(1);
}

}  // namespace

void reset_workspace(const Baseline& b, ProjectionWorkspace& ws) {
  const auto& m = b.measures;
  ws.child.assign(m.child.begin(), m.child.end());
  ws.type.assign(m.type.begin(), m.type.end());
  ws.type2.assign(m.type.begin(), m.type.end());
  ws.start.assign(m.start.begin(), m.start.end());
  ws.stop.assign(m.stop.begin(), m.stop.end());
  ws.split.assign(m.size(), kOpenEnd);
  ws.yearly.assign(m.yearly.begin(), m.yearly.end());
  ws.daily.assign(m.daily.begin(), m.daily.end());
  ws.rank.assign(m.rank_price.begin(), m.rank_price.end());
  ws.yearly2.assign(m.size(), 0);
  ws.alive.assign(m.size(), 1);
}

void apply_volume(const Baseline& b, const ResolvedLever& r, int years, ProjectionWorkspace& ws) {
  const Lever& l = *r.lever;
  // Relative to the list as it stands before this lever, so volume levers (and investment effects) stack.
  int64_t base[kMaxYears] = {}, now[kMaxYears] = {};
  count_per_year(ws, r.from, b, years, base);
  int64_t factor_ppm = 1000000, cumulative = 0;
  uint32_t next_child = ws.child.empty() ? 0 : ws.child.back() + 1;
  for (int y = 0; y < years; ++y) {
    int64_t v = lever_value(l, y), target;
    if (l.unit == VolumeUnit::percent) {
      factor_ppm = mul_div_round(factor_ppm, 10000 + v, 10000);
      target = mul_div_round(base[y], factor_ppm, 1000000);
    } else {
      cumulative += v;
      target = std::max<int64_t>(0, base[y] + cumulative);
    }
    count_per_year(ws, r.from, b, years, now);
    const Day ys = b.year_start(y), ye = year_end(b, y);
    const size_t n = ws.alive.size();
    auto eligible = [&](size_t i) { return i < n && r.from[ws.type[i]] && active(ws, i, ys, ye); };
    int64_t change = target - now[y];
    if (change < 0) {
      visit_by_rule(b, l.rule, l.seed, static_cast<uint64_t>(y), ws, eligible, [&](uint32_t i) {
        if (ws.start[i] >= ys)
          ws.alive[i] = 0;
        else
          ws.stop[i] = ys - 1;  // ends the day before the year starts (hjemgivelse / afslutning)
        return ++change < 0;
      });
    }
    // A volume increase repeats measures active in the year (as new children) from the year's start.
    for (int pass = 0; change > 0 && pass < 1000; ++pass) {
      int64_t before = change;
      visit_by_rule(b, l.rule, l.seed, static_cast<uint64_t>(y) + 100 * (pass + 1), ws, eligible, [&](uint32_t i) {
        append_copy(ws, i, std::max(ws.start[i], ys), next_child++);
        return --change > 0;
      });
      if (change == before) break;  // nothing to repeat
    }
  }
}

void apply_duration(const Baseline& b, const ResolvedLever& r, ProjectionWorkspace& ws) {
  const Lever& l = *r.lever;
  const Day hend = b.month_start[kMaxMonths] - 1;
  for (size_t i = 0; i < ws.alive.size(); ++i) {
    if (!ws.alive[i] || !r.from[ws.type[i]]) continue;
    Day from = std::max(ws.start[i], b.start);
    if (from > hend || ws.stop[i] < from) continue;
    int64_t v = lever_value(l, b.month_of(from) / 12);
    if (v == 0) continue;
    int64_t len = static_cast<int64_t>(ws.stop[i]) - from + 1;
    int64_t scaled = (len * (10000 + v) + 5000) / 10000;
    ws.stop[i] = from + static_cast<Day>(std::max<int64_t>(scaled, 1)) - 1;
  }
}

void apply_mix_shift(const Baseline& b, const ResolvedLever& r, int years, ProjectionWorkspace& ws) {
  const Lever& l = *r.lever;
  for (int y = 0; y < years; ++y) {
    int64_t v = lever_value(l, y);
    if (v == 0) continue;
    const Day ys = b.year_start(y), ye = year_end(b, y);
    auto eligible = [&](size_t i) { return ws.split[i] == kOpenEnd && r.from[ws.type[i]] && active(ws, i, ys, ye); };
    int64_t count = 0;
    for (size_t i = 0; i < ws.alive.size(); ++i) count += eligible(i);
    int64_t k = mul_div_round(count, v, 10000);
    if (k <= 0) continue;
    visit_by_rule(b, l.rule, l.seed, static_cast<uint64_t>(y), ws, eligible, [&](uint32_t i) {
      ws.split[i] = std::max(ws.start[i], ys);
      ws.type2[i] = r.to;
      ws.yearly2[i] = r.to_price;
      return --k > 0;
    });
  }
}

int apply_share_floor(const Baseline& b, const ResolvedLever& r, int years, ProjectionWorkspace& ws) {
  const Lever& l = *r.lever;
  const int months = 12 * years;
  const Day hend = horizon_end(b, years);
  auto& pop = ws.month_a;   // measures of the population active per month
  auto& mine = ws.month_b;  // of those, of the target type
  pop.assign(months + 1, 0);
  mine.assign(months + 1, 0);
  auto add_span = [&](uint16_t t, Day from, Day to, int sign) {
    from = std::max(from, b.start);
    to = std::min(to, hend);
    if (from > to) return;
    int m0 = b.month_of(from), m1 = b.month_of(to);
    if (r.within[t]) pop[m0] += sign, pop[m1 + 1] -= sign;
    if (t == r.to) mine[m0] += sign, mine[m1 + 1] -= sign;
  };
  for (size_t i = 0; i < ws.alive.size(); ++i) {
    if (!ws.alive[i]) continue;
    add_span(ws.type[i], ws.start[i], std::min(ws.stop[i], ws.split[i] - 1), 1);
    if (ws.split[i] != kOpenEnd) add_span(ws.type2[i], std::max(ws.split[i], ws.start[i]), ws.stop[i], 1);
  }
  for (int m = 1; m <= months; ++m) pop[m] += pop[m - 1], mine[m] += mine[m - 1];

  int first_year = 0;
  while (first_year < years && lever_value(l, first_year) == 0) ++first_year;
  if (first_year == years) return 0;
  const Day from_day = b.year_start(first_year);
  // Candidates in rule order, taken once (the random rule shuffles them once).
  auto eligible = [&](size_t i) {
    return ws.alive[i] && ws.split[i] == kOpenEnd && r.from[ws.type[i]] && ws.stop[i] >= from_day &&
           ws.start[i] <= hend;
  };
  auto& list = ws.order;
  list.clear();
  visit_by_rule(b, l.rule, l.seed, 7, ws, eligible, [&](uint32_t i) {
    list.push_back(i);
    return true;
  });
  int unmet = 0;
  for (int m = 12 * first_year; m < months; ++m) {
    int64_t v = lever_value(l, m / 12);
    int64_t need = (v * pop[m] + 9999) / 10000 - mine[m];
    if (need <= 0) continue;
    const Day ms = b.month_start[m], me = b.end_of_month(m);
    size_t w = 0, k = 0;
    for (; k < list.size() && need > 0; ++k) {
      uint32_t i = list[k];
      if (ws.split[i] != kOpenEnd || ws.stop[i] < ms) continue;  // converted or over: drop for good
      if (ws.start[i] > me) {
        list[w++] = i;
        continue;
      }
      Day d = std::max(ws.start[i], ms);
      ws.split[i] = d;
      ws.type2[i] = r.to;
      ws.yearly2[i] = r.to_price;
      int m1 = b.month_of(std::min(ws.stop[i], hend));
      for (int mm = m; mm <= m1; ++mm) mine[mm] += 1;
      --need;
    }
    for (; k < list.size(); ++k) list[w++] = list[k];
    list.resize(w);
    if (need > 0) ++unmet;
  }
  return unmet;
}

void price_factors(const Plan& plan, size_t types, ProjectionWorkspace& ws) {
  const int years = plan.years;
  ws.factor_ppm.assign(types * years, 1000000);
  for (size_t t = 0; t < types; ++t) {
    int64_t f = 1000000;
    for (int y = 0; y < years; ++y) {
      for (const Lever* l : plan.price_index) f = mul_div_round(f, 10000 + lever_value(*l, y), 10000);
      for (const auto& r : plan.price)
        if (r.from[t]) f = mul_div_round(f, 10000 + lever_value(*r.lever, y), 10000);
      ws.factor_ppm[t * years + y] = f;
    }
  }
}

}  // namespace overblik::scenario::detail

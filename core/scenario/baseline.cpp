#include "core/scenario/baseline.h"

#include <algorithm>
#include <numeric>

namespace overblik::scenario {

using steering::kNone;
using steering::kOpenEnd;
using steering::PriceUnit;

uint32_t TypeTable::index_of(std::string_view type_id) const {
  for (size_t i = 0; i < id.size(); ++i)
    if (id[i] == type_id) return static_cast<uint32_t>(i);
  return kNone;
}

Day projection_start(Day as_of) {
  CivilDate c = civil_from_day(as_of);
  if (c.day == 1) return as_of;
  return c.month == 12 ? first_of_month(c.year + 1, 1) : first_of_month(c.year, c.month + 1);
}

namespace {

Ore yearly_equivalent(Ore price, PriceUnit unit) {
  switch (unit) {
    case PriceUnit::day:
      return price * 365;
    case PriceUnit::month:
      return price * 12;
    case PriceUnit::year:
      return price;
  }
  return price;
}

int64_t mean_round(int64_t sum, int64_t n) {
  return n ? mul_div_round(sum, 1, n) : 0;
}

void set_calendar(Baseline& b) {
  CivilDate c = civil_from_day(b.start);
  b.first_year = c.year;
  for (int m = 0; m <= kMaxMonths; ++m) {
    int mm = c.month - 1 + m;
    b.month_start[m] = first_of_month(c.year + mm / 12, mm % 12 + 1);
  }
  for (int m = 0; m < kMaxMonths; ++m) b.month_days[m] = b.month_start[m + 1] - b.month_start[m];
  b.month_of_offset.resize(b.month_start[kMaxMonths] - b.start);
  for (int m = 0; m < kMaxMonths; ++m)
    for (Day d = b.month_start[m]; d < b.month_start[m + 1]; ++d)
      b.month_of_offset[d - b.start] = static_cast<uint8_t>(m);
}

// Average durations of ended measures per type, with the group and 365-day fallbacks.
void set_durations(const steering::Facts& f, Day as_of, TypeTable& t) {
  const auto& m = f.measures;
  std::vector<int64_t> sum(t.size()), n(t.size());
  int64_t gsum[steering::kGroupCount] = {}, gn[steering::kGroupCount] = {};
  for (size_t i = 0; i < m.size(); ++i) {
    if (!m.ended[i] || m.stop[i] > as_of) continue;
    int64_t d = m.stop[i] - m.start[i] + 1;
    sum[m.type[i]] += d, n[m.type[i]] += 1;
    gsum[static_cast<int>(m.group[i])] += d, gn[static_cast<int>(m.group[i])] += 1;
  }
  for (size_t k = 0; k < t.size(); ++k) {
    int g = static_cast<int>(t.group[k]);
    int64_t d = n[k] ? mean_round(sum[k], n[k]) : gn[g] ? mean_round(gsum[g], gn[g]) : 365;
    t.avg_duration_days[k] = static_cast<int32_t>(std::max<int64_t>(d, 1));
  }
}

void add_measure(BaselineMeasures& bm, uint32_t child, uint16_t type, Day start, Day stop, Ore yearly, Ore daily,
                 Ore rank, uint8_t synthetic) {
  bm.child.push_back(child);
  bm.type.push_back(type);
  bm.start.push_back(start);
  bm.stop.push_back(stop);
  bm.yearly.push_back(yearly);
  bm.daily.push_back(daily);
  bm.rank_price.push_back(rank);
  bm.synthetic.push_back(synthetic);
}

std::vector<uint32_t> sorted_slots(size_t n, auto less) {
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), less);
  return order;
}

}  // namespace

Result<Baseline> build_baseline(const steering::Facts& f, Day as_of) {
  Baseline b;
  b.as_of = as_of;
  b.start = projection_start(as_of);
  set_calendar(b);
  const auto& m = f.measures;
  TypeTable& t = b.types;
  const size_t types = f.types.dim.size();
  if (types > 0xffff) return Error{"baseline", "too many measure types"};
  t.id = f.types.dim.id;
  t.name = f.types.dim.name;
  t.group = f.types.group;
  t.ladder_step = f.types.ladder_step;
  t.avg_yearly_price.assign(types, 0);
  t.has_price.assign(types, 0);
  t.avg_duration_days.assign(types, 365);
  t.inflow_12m.assign(types, 0);
  set_durations(f, as_of, t);

  // Measures active at as-of that reach into the projection, in (child, start, id) order.
  struct Row {
    uint32_t child;
    Day start, stop;
    size_t i;
  };
  std::vector<Row> rows;
  const Day window_from = add_days(add_months(as_of, -12), 1);
  for (size_t i = 0; i < m.size(); ++i) {
    if (m.start[i] >= window_from && m.start[i] <= as_of) t.inflow_12m[m.type[i]] += 1;
    if (m.start[i] > as_of) continue;
    Day stop;
    if (m.ended[i]) {
      stop = m.stop[i];
    } else if (m.planned_stop[i] != kOpenEnd && m.planned_stop[i] >= b.start) {
      stop = m.planned_stop[i];
    } else {
      int32_t dur = t.avg_duration_days[m.type[i]];
      stop = m.start[i] + dur - 1;
      if (stop < b.start) stop = b.start + std::max(dur / 2, 1) - 1;
    }
    if (stop < b.start) continue;
    rows.push_back({m.child[i], m.start[i], stop, i});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& c) {
    return a.child != c.child ? a.child < c.child : a.start < c.start;
  });

  // Average yearly-equivalent price per type: its baseline measures, else all its measures.
  std::vector<int64_t> psum(types), pn(types), asum(types), an(types);
  for (size_t i = 0; i < m.size(); ++i) asum[m.type[i]] += yearly_equivalent(m.price[i], m.unit[i]), an[m.type[i]]++;
  for (const Row& r : rows) psum[m.type[r.i]] += yearly_equivalent(m.price[r.i], m.unit[r.i]), pn[m.type[r.i]]++;
  for (size_t k = 0; k < types; ++k) {
    if (pn[k])
      t.avg_yearly_price[k] = mean_round(psum[k], pn[k]), t.has_price[k] = 1;
    else if (an[k])
      t.avg_yearly_price[k] = mean_round(asum[k], an[k]), t.has_price[k] = 1;
  }

  BaselineMeasures& bm = b.measures;
  uint32_t next_child = 0, last_child = kNone;
  for (const Row& r : rows) {
    // Children without an id (kNone) each count as their own child.
    if (r.child == kNone || r.child != last_child) ++next_child;
    last_child = r.child;
    size_t i = r.i;
    bool daily = m.unit[i] == PriceUnit::day;
    add_measure(bm, next_child - 1, static_cast<uint16_t>(m.type[i]), r.start, r.stop,
                daily ? 0 : yearly_equivalent(m.price[i], m.unit[i]), daily ? m.price[i] : 0,
                yearly_equivalent(m.price[i], m.unit[i]), 0);
  }
  // Synthetic new measures: deterministic fractional accumulation of the trailing inflow per type.
  std::vector<int64_t> acc(types, 6);
  for (int mo = 0; mo < kMaxMonths; ++mo) {
    for (size_t k = 0; k < types; ++k) {
      acc[k] += t.inflow_12m[k];
      for (; acc[k] >= 12; acc[k] -= 12) {
        Day s = b.month_start[mo];
        add_measure(bm, next_child++, static_cast<uint16_t>(k), s, s + t.avg_duration_days[k] - 1,
                    t.avg_yearly_price[k], 0, t.avg_yearly_price[k], 1);
      }
    }
  }
  b.child_count = next_child;

  const auto& rank = bm.rank_price;
  const auto& start = bm.start;
  b.order_cheapest = sorted_slots(bm.size(), [&](uint32_t a, uint32_t c) { return rank[a] < rank[c]; });
  b.order_longest_running = sorted_slots(bm.size(), [&](uint32_t a, uint32_t c) { return start[a] < start[c]; });
  b.order_newest = sorted_slots(bm.size(), [&](uint32_t a, uint32_t c) { return start[a] > start[c]; });

  for (auto fte : f.caseworkers.fte_milli) b.fte_milli += fte;
  for (size_t c = 0; c < f.cases.dim.size(); ++c)
    if (f.cases.opened[c] <= as_of && f.cases.closed[c] > as_of) b.open_cases++;
  uint32_t counted = kNone;
  for (size_t i = 0; i < bm.size(); ++i)
    if (!bm.synthetic[i] && bm.start[i] <= b.start && bm.stop[i] >= b.start && bm.child[i] != counted)
      counted = bm.child[i], b.children_at_start++;
  return b;
}

Result<Day> default_as_of(store::Database& db, const steering::Facts& f) {
  auto st = db.prepare("SELECT value FROM workspace_meta WHERE key='as_of'");
  if (!st) return st.error();
  if (st.value().step()) {
    auto d = parse_iso_date(st.value().text(0));
    if (!d) return Error{"workspace_meta.as_of", d.error().message};
    return d.value();
  }
  Day latest = 0;
  bool any = false;
  for (size_t i = 0; i < f.measures.size(); ++i) {
    latest = std::max(latest, f.measures.start[i]);
    if (f.measures.ended[i]) latest = std::max(latest, f.measures.stop[i]);
    any = true;
  }
  if (!any) return Error{"as_of", "the workspace has no measures; give --as-of"};
  return latest;
}

}  // namespace overblik::scenario

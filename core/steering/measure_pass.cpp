#include "core/steering/measure_pass.h"

#include "core/steering/period_cost.h"

namespace overblik::steering::detail {

std::vector<uint32_t> measures_by_child(const Facts& facts) {
  const auto& child = facts.measures.child;
  const size_t n = child.size();
  const size_t slots = facts.children.dim.size() + 1;  // the last slot holds measures without a child
  std::vector<uint32_t> start(slots + 1, 0);
  for (size_t i = 0; i < n; ++i) ++start[(child[i] < slots - 1 ? child[i] : slots - 1) + 1];
  for (size_t s = 1; s <= slots; ++s) start[s] += start[s - 1];
  std::vector<uint32_t> order(n);
  for (size_t i = 0; i < n; ++i) order[start[child[i] < slots - 1 ? child[i] : slots - 1]++] = static_cast<uint32_t>(i);
  return order;
}

namespace {

// Day thresholds: a child born on or before threshold[k] is at least kAgeFloor[k] years old on `on`.
struct AgeBands {
  std::array<Day, 4> threshold{};
  explicit AgeBands(Day on) {
    static constexpr int kAgeFloor[4] = {6, 13, 18, 23};
    for (int k = 0; k < 4; ++k) threshold[k] = add_months(on, -12 * kAgeFloor[k]);
  }
  uint32_t band(Day birth) const {
    uint32_t b = 0;
    while (b < 4 && birth <= threshold[b]) ++b;
    return b;
  }
};

inline void add(Acc& a, int64_t days, Ore cost, int32_t started, int32_t ended, uint32_t child) {
  a.days += days;
  a.spend += cost;
  a.measures += 1;
  a.started += started;
  a.ended += ended;
  if (a.last_child != child) {
    a.last_child = child;
    a.children += 1;
  }
}

}  // namespace

PassResult run_measure_pass(const Facts& facts, const Period& period, uint32_t mask) {
  PassResult r;
  const auto& m = facts.measures;
  const uint32_t none = kNone;
  r.key_count = {static_cast<uint32_t>(facts.teams.size() + 1),
                 static_cast<uint32_t>(facts.caseworkers.dim.size() + 1),
                 kGroupCount + 1,
                 static_cast<uint32_t>(facts.types.dim.size() + 1),
                 6 + 1,
                 2 + 1,
                 kAgeBandCount + 1,
                 static_cast<uint32_t>(facts.children.districts.size() + 1)};
  uint32_t slots = 0;
  for (int b = 0; b < kBreakdownCount; ++b) {
    r.offset[b] = slots;
    if (mask & (1u << b)) slots += r.key_count[b];
  }
  r.acc.assign(static_cast<size_t>(slots) * kScopeCount, Acc{});
  if (period.to < period.from) return r;

  // Per-child keys, once per pass (not per measure).
  const size_t n_children = facts.children.dim.size();
  const AgeBands ages(period.to);
  const uint32_t per_child_bits =
      (1u << static_cast<int>(Breakdown::age)) | (1u << static_cast<int>(Breakdown::district));
  const bool per_child = (mask & per_child_bits) != 0;  // the trend's group-only passes skip this
  std::vector<uint32_t> child_age(per_child ? n_children : 0), child_district(per_child ? n_children : 0);
  for (size_t c = 0; c < child_age.size(); ++c) {
    child_age[c] = ages.band(facts.children.birth_date[c]);
    uint32_t d = facts.children.district[c];
    child_district[c] = d < r.key_count[7] - 1 ? d : r.key_count[7] - 1;
  }

  const PeriodCost cost(period);
  const std::vector<uint32_t> order = measures_by_child(facts);
  const Day from = period.from, to = period.to;
  std::array<uint32_t, kBreakdownCount> active{};
  int n_active = 0;
  for (int b = 0; b < kBreakdownCount; ++b)
    if (mask & (1u << b)) active[n_active++] = static_cast<uint32_t>(b);
  Acc* acc = r.acc.data();

  for (uint32_t i : order) {
    const Day a = m.start[i] > from ? m.start[i] : from;
    const Day z = m.stop[i] < to ? m.stop[i] : to;
    if (a > z) continue;
    const int64_t days = z - a + 1;
    const Ore c = cost.cost(m.price[i], m.unit[i], a, z);
    const int32_t started = m.start[i] >= from;
    const int32_t ended = m.stop[i] <= to;
    const uint32_t child = m.child[i];
    const uint32_t scope = static_cast<uint32_t>(m.group[i]) + 1;
    const bool has_child = child < n_children;
    const uint32_t key[kBreakdownCount] = {m.team[i] < r.key_count[0] - 1 ? m.team[i] : r.key_count[0] - 1,
                                           m.caseworker[i] < r.key_count[1] - 1 ? m.caseworker[i] : r.key_count[1] - 1,
                                           static_cast<uint32_t>(m.group[i]),
                                           m.type[i] < r.key_count[3] - 1 ? m.type[i] : r.key_count[3] - 1,
                                           m.ladder_step[i] >= 1 && m.ladder_step[i] <= 6 ? m.ladder_step[i] - 1u : 6u,
                                           m.provider[i] == none ? 2u
                                           : m.external[i]       ? 1u
                                                                 : 0u,
                                           has_child && per_child ? child_age[child] : kAgeBandCount,
                                           has_child && per_child ? child_district[child] : r.key_count[7] - 1};
    add(r.total[0], days, c, started, ended, child);
    add(r.total[scope], days, c, started, ended, child);
    for (int k = 0; k < n_active; ++k) {
      const uint32_t b = active[k];
      Acc* row = acc + static_cast<size_t>(r.offset[b] + key[b]) * kScopeCount;
      add(row[0], days, c, started, ended, child);
      add(row[scope], days, c, started, ended, child);
    }
  }
  return r;
}

std::vector<std::array<Acc, kScopeCount>> run_totals_pass(const Facts& facts, const std::vector<Period>& periods) {
  std::vector<std::array<Acc, kScopeCount>> out(periods.size());
  std::vector<PeriodCost> costs;
  costs.reserve(periods.size());
  for (const auto& p : periods) costs.emplace_back(p);
  const auto& m = facts.measures;
  for (uint32_t i : measures_by_child(facts)) {
    const uint32_t scope = static_cast<uint32_t>(m.group[i]) + 1;
    for (size_t k = 0; k < periods.size(); ++k) {
      const Day from = periods[k].from, to = periods[k].to;
      const Day a = m.start[i] > from ? m.start[i] : from;
      const Day z = m.stop[i] < to ? m.stop[i] : to;
      if (a > z) continue;
      const Ore c = costs[k].cost(m.price[i], m.unit[i], a, z);
      const int32_t started = m.start[i] >= from, ended = m.stop[i] <= to;
      add(out[k][0], z - a + 1, c, started, ended, m.child[i]);
      add(out[k][scope], z - a + 1, c, started, ended, m.child[i]);
    }
  }
  return out;
}

}  // namespace overblik::steering::detail

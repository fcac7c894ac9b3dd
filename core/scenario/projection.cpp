// Aggregation of the working measure list into the projection's figures: difference arrays per type and
// month (no per-month loop per measure), children at their most intrusive measure, money in twelfths of øre.
#include "core/scenario/projection.h"

#include <algorithm>

#include "core/scenario/levers.h"

namespace overblik::scenario {

using steering::kOpenEnd;

Ore Projection::measures_spend(int y) const {
  Ore s = 0;
  for (size_t t = 0; t < types(); ++t) s += spend_y[t * years + y];
  return s;
}

Ore Projection::horizon_total() const {
  Ore s = 0;
  for (int y = 0; y < years; ++y) s += total(y);
  return s;
}

namespace {

constexpr uint32_t kNoKey = 0xffffffffu;

// Offsets of the per-type accumulators inside ws.acc (each block is types x stride).
struct Blocks {
  size_t types, stride, ystride;
  int64_t* base;
  int64_t* at(int block, size_t t) const {
    return block < 7 ? base + (block * types + t) * stride
                     : base + 7 * types * stride + ((block - 7) * types + t) * ystride;
  }
};
enum Block { kCount = 0, kFull, kYearly, kDaily, kPartDays, kPart12, kChildM, kCountY = 7, kChildY };

void prepare_output(const Baseline& b, int years, Projection& p) {
  const auto& t = b.types;
  p.years = years;
  p.months = 12 * years;
  p.start = b.start;
  p.first_year = b.first_year;
  p.month_days.assign(b.month_days.begin(), b.month_days.begin() + p.months);
  p.year_days.assign(years, 0);
  for (int m = 0; m < p.months; ++m) p.year_days[m / 12] += p.month_days[m];
  p.type_id = t.id;
  p.type_name = t.name;
  p.type_group = t.group;
  p.type_step = t.ladder_step;
  const size_t cm = t.size() * p.months, cy = t.size() * years;
  for (auto* v : {&p.measures_m, &p.children_m, &p.days_m, &p.spend_m}) v->assign(cm, 0);
  for (auto* v : {&p.measures_y, &p.children_y, &p.days_y, &p.spend_y}) v->assign(cy, 0);
  for (auto* v : {&p.investment_y, &p.staff_delta_y, &p.target_y, &p.fte_milli_y, &p.caseload_milli_y})
    v->assign(years, 0);
  p.warnings.clear();
}

// Children of one child's pieces: per month (year) at the piece with the highest key.
void flush_child(const std::vector<ProjectionWorkspace::Piece>& pieces, const Blocks& blk) {
  if (pieces.empty()) return;
  if (pieces.size() == 1) {
    const auto& pc = pieces[0];
    size_t t = pc.key & 0xffff;
    blk.at(kChildM, t)[pc.m0]++, blk.at(kChildM, t)[pc.m1 + 1]--;
    blk.at(kChildY, t)[pc.y0]++, blk.at(kChildY, t)[pc.y1 + 1]--;
    return;
  }
  auto sweep = [&](int block, auto lo_of, auto hi_of) {
    int lo = 1 << 30, hi = -1;
    for (const auto& pc : pieces) lo = std::min(lo, lo_of(pc)), hi = std::max(hi, hi_of(pc));
    uint32_t cur = kNoKey;
    for (int m = lo; m <= hi + 1; ++m) {
      uint32_t best = kNoKey;
      if (m <= hi)
        for (const auto& pc : pieces)
          if (lo_of(pc) <= m && m <= hi_of(pc) && (best == kNoKey || pc.key > best)) best = pc.key;
      if (best == cur) continue;
      if (cur != kNoKey) blk.at(block, cur & 0xffff)[m]--;
      if (best != kNoKey) blk.at(block, best & 0xffff)[m]++;
      cur = best;
    }
  };
  sweep(
      kChildM, [](const auto& pc) { return int(pc.m0); }, [](const auto& pc) { return int(pc.m1); });
  sweep(
      kChildY, [](const auto& pc) { return int(pc.y0); }, [](const auto& pc) { return int(pc.y1); });
}

void aggregate(const Baseline& b, ProjectionWorkspace& ws, Projection& p) {
  const size_t types = b.types.size();
  const int months = p.months, years = p.years;
  Blocks blk{types, static_cast<size_t>(months + 1), static_cast<size_t>(years + 1), nullptr};
  ws.acc.assign(7 * types * blk.stride + 2 * types * blk.ystride, 0);
  blk.base = ws.acc.data();
  const Day hend = b.month_start[months] - 1;

  // One piece of a measure: [from, to] under type t at yearly price y (or day price d).
  auto add_piece = [&](uint16_t t, Day from, Day to, Ore y, Ore d, bool continued) {
    from = std::max(from, b.start);
    to = std::min(to, hend);
    if (from > to) return;
    const int m0 = b.month_of(from), m1 = b.month_of(to);
    int y1 = m1 / 12;
    if (continued && to < hend && b.month_of(to + 1) / 12 == y1) --y1;  // a converted measure counts once a year
    blk.at(kCount, t)[m0]++, blk.at(kCount, t)[m1 + 1]--;
    if (y1 >= m0 / 12) blk.at(kCountY, t)[m0 / 12]++, blk.at(kCountY, t)[y1 + 1]--;
    auto partial = [&](int m, int64_t days) {
      const int64_t dim = b.month_days[m];
      blk.at(kPartDays, t)[m] += days;
      blk.at(kPart12, t)[m] += (2 * y * days + dim) / (2 * dim) + 12 * d * days;
    };
    int fa = m0, fb = m1;
    if (from != b.month_start[m0]) {
      partial(m0, (m0 == m1 ? to : b.end_of_month(m0)) - from + 1);
      fa = m0 + 1;
    }
    if (fa <= fb && to != b.end_of_month(m1)) {
      partial(m1, to - b.month_start[m1] + 1);
      fb = m1 - 1;
    }
    if (fa <= fb) {
      blk.at(kFull, t)[fa]++, blk.at(kFull, t)[fb + 1]--;
      blk.at(kYearly, t)[fa] += y, blk.at(kYearly, t)[fb + 1] -= y;
      blk.at(kDaily, t)[fa] += d, blk.at(kDaily, t)[fb + 1] -= d;
    }
    ws.pieces.push_back({static_cast<uint32_t>(b.types.ladder_step[t]) << 16 | t, static_cast<int16_t>(m0),
                         static_cast<int16_t>(m1), static_cast<int16_t>(m0 / 12), static_cast<int16_t>(m1 / 12)});
  };

  ws.pieces.clear();
  uint32_t current_child = ws.child.empty() ? 0 : ws.child[0];
  for (size_t i = 0; i < ws.alive.size(); ++i) {
    if (ws.child[i] != current_child) {
      flush_child(ws.pieces, blk);
      ws.pieces.clear();
      current_child = ws.child[i];
    }
    if (!ws.alive[i]) continue;
    const Day split = ws.split[i];
    if (split == kOpenEnd) {
      add_piece(ws.type[i], ws.start[i], ws.stop[i], ws.yearly[i], ws.daily[i], false);
    } else {
      add_piece(ws.type[i], ws.start[i], std::min(ws.stop[i], split - 1), ws.yearly[i], ws.daily[i],
                split <= ws.stop[i]);
      add_piece(ws.type2[i], std::max(split, ws.start[i]), ws.stop[i], ws.yearly2[i], 0, false);
    }
  }
  flush_child(ws.pieces, blk);

  for (size_t t = 0; t < types; ++t) {
    int64_t count = 0, full = 0, yearly = 0, daily = 0, child = 0, year12 = 0;
    for (int m = 0; m < months; ++m) {
      const int y = m / 12;
      const int64_t dim = b.month_days[m];
      count += blk.at(kCount, t)[m];
      full += blk.at(kFull, t)[m];
      yearly += blk.at(kYearly, t)[m];
      daily += blk.at(kDaily, t)[m];
      child += blk.at(kChildM, t)[m];
      const size_t c = t * months + m;
      p.measures_m[c] = count;
      p.children_m[c] = child;
      p.days_m[c] = full * dim + blk.at(kPartDays, t)[m];
      const int64_t twelfths = yearly + 12 * dim * daily + blk.at(kPart12, t)[m];
      const int64_t f = ws.factor_ppm[t * years + y];
      p.spend_m[c] = mul_div_round(twelfths, f, 12 * 1000000);
      year12 += twelfths;
      p.days_y[t * years + y] += p.days_m[c];
      if (m % 12 == 11) {
        p.spend_y[t * years + y] = mul_div_round(year12, f, 12 * 1000000);
        year12 = 0;
      }
    }
    int64_t cy = 0, ch = 0;
    for (int y = 0; y < years; ++y) {
      cy += blk.at(kCountY, t)[y];
      ch += blk.at(kChildY, t)[y];
      p.measures_y[t * years + y] = cy;
      p.children_y[t * years + y] = ch;
    }
  }
}

// Caseworkers, investments and the savings target path: per-year lines beside the measures' spend.
void year_lines(const Baseline& b, const detail::Plan& plan, Projection& p) {
  const Lever* staff = plan.caseworkers.empty() ? nullptr : plan.caseworkers.back();
  const int64_t base_fte = staff && staff->baseline_fte_milli ? *staff->baseline_fte_milli : b.fte_milli;
  for (int y = 0; y < p.years; ++y) {
    for (const Lever* l : plan.investments) p.investment_y[y] += lever_value(*l, y);
    for (const Lever* l : plan.targets) p.target_y[y] += lever_value(*l, y);
    int64_t fte = base_fte;
    if (staff) {
      fte = lever_value(*staff, y);
      Ore cost = staff->cost_per_fte.empty()                        ? 0
                 : y < static_cast<int>(staff->cost_per_fte.size()) ? staff->cost_per_fte[y]
                                                                    : staff->cost_per_fte.back();
      p.staff_delta_y[y] = mul_div_round(fte - base_fte, cost, 1000);
    }
    p.fte_milli_y[y] = fte;
    // Open cases move with the children who have measures (their ratio at as-of), averaged over the months.
    int64_t children = 0;
    for (size_t t = 0; t < p.types(); ++t)
      for (int m = 12 * y; m < 12 * y + 12; ++m) children += p.children_m[t * p.months + m];
    int64_t cases_milli = b.children_at_start ? mul_div_round(children * 1000, b.open_cases, 12 * b.children_at_start)
                                              : b.open_cases * 1000;
    p.caseload_milli_y[y] = fte > 0 ? mul_div_round(cases_milli, 1000, fte) : 0;
  }
}

}  // namespace

Status project_into(const Baseline& b, const ScenarioSpec& spec, ProjectionWorkspace& ws, Projection& out) {
  auto plan = detail::resolve_plan(b, spec);
  if (!plan) return plan.error();
  const detail::Plan& pl = plan.value();
  const int years = spec.horizon_years;
  detail::reset_workspace(b, ws);
  for (const auto& r : pl.volume) detail::apply_volume(b, r, years, ws);
  for (const auto& r : pl.duration) detail::apply_duration(b, r, ws);
  for (const auto& r : pl.mix) detail::apply_mix_shift(b, r, years, ws);
  std::vector<std::pair<std::string, int>> unmet;
  for (const auto& r : pl.share)
    if (int n = detail::apply_share_floor(b, r, years, ws); n > 0) unmet.emplace_back(r.path, n);
  detail::price_factors(pl, b.types.size(), ws);
  prepare_output(b, years, out);
  aggregate(b, ws, out);
  year_lines(b, pl, out);
  for (const auto& [path, n] : unmet)
    out.warnings.push_back(path + ": minimum share not met in " + std::to_string(n) +
                           " month(s): too few measures to convert");
  return ok_status();
}

Result<Projection> project(const Baseline& b, const ScenarioSpec& spec) {
  ProjectionWorkspace ws;
  Projection p;
  if (auto s = project_into(b, spec, ws, p); !s) return s.error();
  return p;
}

const char* level_name(Level l) {
  switch (l) {
    case Level::total:
      return "total";
    case Level::group:
      return "group";
    case Level::ladder_step:
      return "ladder_step";
    case Level::type:
      return "type";
  }
  return "?";
}

std::vector<std::string> level_keys(const Projection& p, Level l) {
  switch (l) {
    case Level::total:
      return {"total"};
    case Level::group:
      return {"preventive", "placement", "other"};
    case Level::ladder_step:
      return {"1", "2", "3", "4", "5", "6"};
    case Level::type:
      return p.type_id;
  }
  return {};
}

std::vector<int64_t> roll_up(const Projection& p, const std::vector<int64_t>& cells, int periods, Level l) {
  const size_t rows = level_keys(p, l).size();
  std::vector<int64_t> out(rows * periods, 0);
  for (size_t t = 0; t < p.types(); ++t) {
    size_t row = l == Level::total         ? 0
                 : l == Level::group       ? static_cast<size_t>(p.type_group[t])
                 : l == Level::ladder_step ? static_cast<size_t>(p.type_step[t] - 1)
                                           : t;
    for (int k = 0; k < periods; ++k) out[row * periods + k] += cells[t * periods + k];
  }
  return out;
}

}  // namespace overblik::scenario

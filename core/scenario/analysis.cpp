#include "core/scenario/analysis.h"

#include <algorithm>
#include <cstdlib>

namespace overblik::scenario {

namespace {

double percent(Ore part, Ore whole) {
  return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::vector<int64_t> scaled(const std::vector<int64_t>& v, int64_t num, int64_t den, int64_t lo, int64_t hi) {
  std::vector<int64_t> out;
  for (auto x : v) out.push_back(std::clamp(mul_div_round(x, num, den), lo, hi));
  return out;
}

// Percent levers scale their change; the result is kept inside the validated range.
std::vector<int64_t> scaled_change(const Lever& l, int64_t num, int64_t den) {
  switch (l.kind) {
    case LeverKind::mix_shift:
    case LeverKind::share_floor:
      return scaled(l.values, num, den, 0, 10000);
    case LeverKind::volume:
      return l.unit == VolumeUnit::count ? scaled(l.values, num, den, -100000, 100000)
                                         : scaled(l.values, num, den, -10000, 10000);
    case LeverKind::price:
      return scaled(l.values, num, den, -9900, 10000);
    case LeverKind::price_index:
      return scaled(l.values, num, den, -5000, 5000);
    case LeverKind::duration:
      return scaled(l.values, num, den, -9000, 20000);
    default:
      return l.values;
  }
}

// Values past a (shorter) common horizon do not apply.
void truncate_years(Lever& l, int years) {
  auto cut = [&](std::vector<int64_t>& v) {
    if (static_cast<int>(v.size()) > years) v.resize(years);
  };
  cut(l.values);
  cut(l.cost_per_fte);
  if (l.low) cut(*l.low);
  if (l.high) cut(*l.high);
  for (auto& e : l.effects) truncate_years(e, years);
}

}  // namespace

std::vector<YearDelta> year_deltas(const Projection& s, const Projection& r) {
  std::vector<YearDelta> out;
  const int years = std::min(s.years, r.years);
  for (int y = 0; y < years; ++y) {
    YearDelta d;
    d.year = s.first_year + y;
    d.total = s.total(y);
    d.reference = r.total(y);
    d.diff = d.total - d.reference;
    d.diff_pct = percent(d.diff, d.reference);
    d.savings = -d.diff;
    d.target = s.target_y[y];
    d.vs_target = d.target ? d.savings - d.target : 0;
    d.target_pct = percent(d.savings, d.target);
    out.push_back(d);
  }
  return out;
}

Lever sensitivity_variant(const Lever& l, bool high, int64_t baseline_fte_milli) {
  Lever v = l;
  const int64_t num = high ? 3 : 1;
  const auto& given = high ? l.high : l.low;
  v.low.reset();
  v.high.reset();
  if (given) {
    v.values = *given;
    return v;
  }
  if (l.kind == LeverKind::caseworkers) {
    const int64_t base = l.baseline_fte_milli.value_or(baseline_fte_milli);
    for (auto& x : v.values) x = std::max<int64_t>(0, base + mul_div_round(x - base, num, 2));
  } else if (l.kind == LeverKind::investment) {
    for (auto& e : v.effects) e = sensitivity_variant(e, high, baseline_fte_milli);
  } else {
    v.values = scaled_change(l, num, 2);
  }
  return v;
}

Result<std::vector<Payback>> paybacks(const Baseline& b, const ScenarioSpec& spec, const Projection& scenario) {
  std::vector<Payback> out;
  ProjectionWorkspace ws;
  Projection without;
  for (size_t i = 0; i < spec.levers.size(); ++i) {
    const Lever& l = spec.levers[i];
    if (l.kind != LeverKind::investment) continue;
    ScenarioSpec rest = spec;
    rest.levers.erase(rest.levers.begin() + static_cast<std::ptrdiff_t>(i));
    if (auto s = project_into(b, rest, ws, without); !s) return s.error();
    Payback p{"$.levers[" + std::to_string(i) + "]", l.label, {}, std::nullopt};
    Ore net = 0;
    bool spent = false;
    for (int y = 0; y < scenario.years; ++y) {
      net += without.total(y) - scenario.total(y);  // effects' savings minus the amounts
      spent |= lever_value(l, y) > 0;
      p.net_cumulative.push_back(net);
      if (!p.year && spent && net >= 0) p.year = scenario.first_year + y;
    }
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<TornadoBar>> sensitivity(const Baseline& b, const ScenarioSpec& spec, const Projection& scenario) {
  std::vector<TornadoBar> bars;
  ProjectionWorkspace ws;
  Projection variant;
  const Ore mid = scenario.horizon_total();
  for (size_t i = 0; i < spec.levers.size(); ++i) {
    const Lever& l = spec.levers[i];
    if (l.kind == LeverKind::savings_target) continue;
    TornadoBar bar{"$.levers[" + std::to_string(i) + "]", l.label.empty() ? lever_kind_name(l.kind) : l.label};
    for (bool high : {false, true}) {
      ScenarioSpec v = spec;
      v.levers[i] = sensitivity_variant(l, high, b.fte_milli);
      if (auto s = project_into(b, v, ws, variant); !s) return s.error();
      (high ? bar.high_total : bar.low_total) = variant.horizon_total();
    }
    bar.low_diff = bar.low_total - mid;
    bar.high_diff = bar.high_total - mid;
    bars.push_back(std::move(bar));
  }
  std::stable_sort(bars.begin(), bars.end(), [](const TornadoBar& a, const TornadoBar& c) {
    return std::llabs(a.high_total - a.low_total) > std::llabs(c.high_total - c.low_total);
  });
  return bars;
}

Result<Comparison> compare(const Baseline& b, const std::vector<ScenarioSpec>& specs, size_t base_index) {
  if (specs.size() < 2 || specs.size() > 4) return Error{"$", "compare 2 to 4 scenarios"};
  if (base_index >= specs.size()) return Error{"base", "the base must be one of the compared scenarios"};
  int years = kMaxYears;
  for (const auto& s : specs) years = std::min(years, s.horizon_years);
  Comparison c;
  c.base = base_index;
  for (size_t i = 0; i < specs.size(); ++i) {
    ScenarioSpec s = specs[i];
    s.horizon_years = years;
    for (auto& l : s.levers) truncate_years(l, years);
    auto p = project(b, s);
    if (!p) return Error{"$[" + std::to_string(i) + "]" + p.error().where.substr(1), p.error().message};
    c.names.push_back(specs[i].name);
    c.projections.push_back(std::move(p.value()));
  }
  for (const auto& p : c.projections) c.against_base.push_back(year_deltas(p, c.projections[base_index]));
  return c;
}

}  // namespace overblik::scenario

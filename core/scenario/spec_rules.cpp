// Range rules of a scenario spec, shared by parse_spec and validate_spec (same messages, same JSON paths).
#include <string>

#include "core/scenario/spec.h"

namespace overblik::scenario {
namespace {

constexpr int64_t kPct = 100;  // values hold hundredths of a percent

struct Range {
  int64_t lo, hi;
  const char* message;
};

// The allowed range of one value of a lever kind, in the kind's integer unit.
Range value_range(const Lever& l) {
  switch (l.kind) {
    case LeverKind::volume:
      if (l.unit == VolumeUnit::count)
        return {-100000, 100000, "volume change must be between -100000 and +100000 measures"};
      return {-100 * kPct, 100 * kPct, "volume change must be between -100 and +100 %"};
    case LeverKind::mix_shift:
      return {0, 100 * kPct, "share converted must be between 0 and 100 %"};
    case LeverKind::share_floor:
      return {0, 100 * kPct, "minimum share must be between 0 and 100 %"};
    case LeverKind::price:
      return {-99 * kPct, 100 * kPct, "price change must be between -99 and +100 %"};
    case LeverKind::price_index:
      return {-50 * kPct, 50 * kPct, "price level change must be between -50 and +50 %"};
    case LeverKind::duration:
      return {-90 * kPct, 200 * kPct, "duration change must be between -90 and +200 %"};
    case LeverKind::caseworkers:
      return {0, 100000 * 1000, "caseworker FTE must be between 0 and 100000"};
    case LeverKind::investment:
      return {0, int64_t{1} << 50, "investment amount must be between 0 and 10^13 kr."};
    case LeverKind::savings_target:
      return {-(int64_t{1} << 50), int64_t{1} << 50, "savings target must be between -10^13 and 10^13 kr."};
  }
  return {0, 0, "unknown lever"};
}

Status check_values(const Lever& l, const std::vector<int64_t>& values, int horizon, const std::string& path) {
  if (values.empty()) return Error{path, "needs at least one value (one per projection year)"};
  if (static_cast<int>(values.size()) > horizon)
    return Error{path, std::to_string(values.size()) + " values for a " + std::to_string(horizon) + "-year horizon"};
  Range r = value_range(l);
  for (size_t i = 0; i < values.size(); ++i)
    if (values[i] < r.lo || values[i] > r.hi) return Error{path + "[" + std::to_string(i) + "]", r.message};
  return ok_status();
}

bool is_effect_kind(LeverKind k) {
  return k == LeverKind::volume || k == LeverKind::mix_shift || k == LeverKind::share_floor || k == LeverKind::price ||
         k == LeverKind::duration;
}

}  // namespace

Status validate_lever(const Lever& l, int horizon, const std::string& path) {
  if (auto s = check_values(l, l.values, horizon, path + ".values"); !s) return s;
  if (l.low)
    if (auto s = check_values(l, *l.low, horizon, path + ".low"); !s) return s;
  if (l.high)
    if (auto s = check_values(l, *l.high, horizon, path + ".high"); !s) return s;
  if ((l.kind == LeverKind::mix_shift || l.kind == LeverKind::share_floor) && l.to_type.empty())
    return Error{path + ".to", "names the catalogue type measures move to"};
  if (l.kind == LeverKind::share_floor && l.target.kind == Target::Kind::type && l.target.type_id == l.to_type)
    return Error{path + ".from", "must not be the target type itself"};
  if (l.to_price && *l.to_price < 0) return Error{path + ".to_price_kr", "price must not be negative"};
  if (l.kind == LeverKind::caseworkers) {
    if (static_cast<int>(l.cost_per_fte.size()) > horizon)
      return Error{path + ".cost_per_fte_kr", "more values than years in the horizon"};
    for (size_t i = 0; i < l.cost_per_fte.size(); ++i)
      if (l.cost_per_fte[i] < 0)
        return Error{path + ".cost_per_fte_kr[" + std::to_string(i) + "]", "cost must not be negative"};
    if (l.baseline_fte_milli && *l.baseline_fte_milli < 0) return Error{path + ".baseline_fte", "must not be negative"};
  }
  if (l.kind != LeverKind::investment && !l.effects.empty())
    return Error{path + ".effects", "only an investment has effects"};
  for (size_t i = 0; i < l.effects.size(); ++i) {
    std::string p = path + ".effects[" + std::to_string(i) + "]";
    if (!is_effect_kind(l.effects[i].kind))
      return Error{p + ".kind", std::string("an investment cannot have a '") + lever_kind_name(l.effects[i].kind) +
                                    "' effect (volume, mix_shift, share_floor, price or duration)"};
    if (auto s = validate_lever(l.effects[i], horizon, p); !s) return s;
  }
  return ok_status();
}

Status validate_spec(const ScenarioSpec& spec) {
  if (spec.horizon_years < 1 || spec.horizon_years > kMaxYears)
    return Error{"$.horizon_years", "horizon must be between 1 and 5 years"};
  for (size_t i = 0; i < spec.levers.size(); ++i)
    if (auto s = validate_lever(spec.levers[i], spec.horizon_years, "$.levers[" + std::to_string(i) + "]"); !s)
      return s;
  return ok_status();
}

int64_t lever_value(const Lever& l, int year) {
  if (year < static_cast<int>(l.values.size())) return l.values[year];
  if (l.kind == LeverKind::caseworkers && !l.values.empty()) return l.values.back();
  return 0;
}

}  // namespace overblik::scenario

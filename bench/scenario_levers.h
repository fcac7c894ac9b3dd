// The scenario benchmarks' spec: every lever kind set over five years (60 months), on any baseline. One
// definition, so the native bench (bench/scenario.cpp) and the wasm one inside Chromium (bench/frame through
// wasm/bench_bridge.cpp) time the same projection.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/scenario/baseline.h"
#include "core/scenario/spec.h"

namespace overblik::scenario::bench {

// The demo's catalogue: network foster care (step 4), foster family (step 5); else the first of the step.
inline std::string first_type(const Baseline& b, int step) {
  for (const char* id : {"mt-netvaerksplejefamilie", "mt-plejefamilie"}) {
    uint32_t t = b.types.index_of(id);
    if (t != steering::kNone && b.types.ladder_step[t] == step) return id;
  }
  for (size_t t = 0; t < b.types.size(); ++t)
    if (b.types.ladder_step[t] == step && b.types.group[t] == steering::MeasureGroup::placement) return b.types.id[t];
  return b.types.id.empty() ? "" : b.types.id[0];
}

inline Lever make(LeverKind kind, std::vector<int64_t> values, Target target = {}) {
  Lever l;
  l.kind = kind;
  l.values = std::move(values);
  l.target = target;
  l.set_by = "bench";
  return l;
}

// Every lever kind, five years.
inline ScenarioSpec all_levers(const Baseline& b) {
  const Target placements{Target::Kind::group, steering::MeasureGroup::placement, 0, ""};
  const Target preventive{Target::Kind::group, steering::MeasureGroup::preventive, 0, ""};
  ScenarioSpec s;
  s.name = "bench";
  s.horizon_years = 5;
  Lever volume = make(LeverKind::volume, {-500, -500, -500, -300, -300}, placements);
  Lever mix = make(LeverKind::mix_shift, {1000, 1000, 500}, Target{Target::Kind::ladder_step, {}, 6, ""});
  mix.to_type = first_type(b, 5);
  Lever share = make(LeverKind::share_floor, {1000, 1200, 1500, 1500, 1500});
  share.within = placements;
  share.to_type = first_type(b, 4);
  share.rule = SelectRule::random;
  Lever staff = make(LeverKind::caseworkers, {b.fte_milli + 5000, b.fte_milli + 10000});
  staff.cost_per_fte = {62000000};
  Lever effect = make(LeverKind::volume, {0, -200, -400}, preventive);
  Lever investment = make(LeverKind::investment, {1750000000, 500000000});
  investment.effects = {effect};
  s.levers = {volume,
              mix,
              share,
              make(LeverKind::price, {100, 100, 100, 100, 100}, placements),
              make(LeverKind::price_index, {210, 200, 200, 200, 200}),
              make(LeverKind::duration, {-1000, -1000}, preventive),
              staff,
              investment,
              make(LeverKind::savings_target, {210000000, 410000000, 610000000})};
  return s;
}

}  // namespace overblik::scenario::bench

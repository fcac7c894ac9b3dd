#include "core/viewmodels/scenario_workshop.h"

namespace overblik::viewmodels {

using scenario::LeverKind;
using scenario::Target;
using steering::MeasureGroup;

namespace {

constexpr int64_t kPct = 100;              // hundredths of a percent
constexpr int64_t kMillion = 100'000'000;  // øre in 1 mio. kr.

Target group_target(MeasureGroup g) {
  Target t;
  t.kind = Target::Kind::group;
  t.group = g;
  return t;
}

int find_lever(const scenario::ScenarioSpec& spec, const WorkshopLever& w) {
  for (size_t i = 0; i < spec.levers.size(); ++i) {
    const auto& l = spec.levers[i];
    if (l.kind != w.kind) continue;
    if (w.kind == LeverKind::volume && l.unit != scenario::VolumeUnit::percent) continue;
    if (w.kind == LeverKind::price_index || w.kind == LeverKind::savings_target || l.target == w.target)
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

const std::array<WorkshopLever, kWorkshopLeverCount>& workshop_levers() {
  static const std::array<WorkshopLever, kWorkshopLeverCount> levers{{
      {"placement-volume", LeverGroup::volume, LeverKind::volume, group_target(MeasureGroup::placement),
       LeverUnit::percent_hundredths, -30 * kPct, 30 * kPct, 50},
      {"preventive-volume", LeverGroup::volume, LeverKind::volume, group_target(MeasureGroup::preventive),
       LeverUnit::percent_hundredths, -30 * kPct, 50 * kPct, 50},
      {"placement-price", LeverGroup::price, LeverKind::price, group_target(MeasureGroup::placement),
       LeverUnit::percent_hundredths, -20 * kPct, 20 * kPct, 50},
      {"price-index", LeverGroup::price, LeverKind::price_index, Target{}, LeverUnit::percent_hundredths, -5 * kPct,
       10 * kPct, 10},
      {"placement-duration", LeverGroup::duration, LeverKind::duration, group_target(MeasureGroup::placement),
       LeverUnit::percent_hundredths, -50 * kPct, 50 * kPct, 100},
      {"savings-target", LeverGroup::target, LeverKind::savings_target, Target{}, LeverUnit::ore, 0, 50 * kMillion,
       kMillion / 10},
  }};
  return levers;
}

int64_t lever_setting(const scenario::ScenarioSpec& spec, int i) {
  const int at = find_lever(spec, workshop_levers()[static_cast<size_t>(i)]);
  if (at < 0) return 0;
  return scenario::lever_value(spec.levers[static_cast<size_t>(at)], 0);
}

void set_lever(scenario::ScenarioSpec& spec, int i, int64_t value) {
  const WorkshopLever& w = workshop_levers()[static_cast<size_t>(i)];
  const int at = find_lever(spec, w);
  if (value == 0) {
    if (at >= 0) spec.levers.erase(spec.levers.begin() + at);
    return;
  }
  scenario::Lever* l;
  if (at >= 0) {
    l = &spec.levers[static_cast<size_t>(at)];
  } else {
    spec.levers.emplace_back();
    l = &spec.levers.back();
    l->kind = w.kind;
    l->target = w.target;
    l->label = w.key;
    l->set_by = "workshop";
  }
  l->values.assign(static_cast<size_t>(std::max(1, spec.horizon_years)), value);
}

Status Workshop::open(const steering::Facts& facts, Day as_of, int horizon_years) {
  auto base = scenario::build_baseline(facts, as_of);
  if (!base.ok()) return base.error();
  baseline_ = std::move(base).value();
  horizon_ = horizon_years;
  scenario::ScenarioSpec empty;
  empty.horizon_years = horizon_;
  empty.as_of = as_of;
  if (Status s = scenario::project_into(baseline_, empty, ws_, base_projection_); !s.ok()) return s;
  open_ = true;
  return recompute(empty);
}

Status Workshop::recompute(const scenario::ScenarioSpec& spec_in) {
  scenario::ScenarioSpec spec = spec_in;
  spec.horizon_years = horizon_;
  spec.as_of = baseline_.as_of;
  if (Status s = scenario::project_into(baseline_, spec, ws_, projection_); !s.ok()) return s;
  WorkshopFigures& f = figures_;
  f.deltas = scenario::year_deltas(projection_, base_projection_);
  f.years.clear();
  f.baseline.clear();
  f.scenario.clear();
  f.target_path.clear();
  f.diff_pct.clear();
  f.horizon_baseline = f.horizon_scenario = 0;
  for (const auto& d : f.deltas) {
    f.years.push_back(d.year);
    f.baseline.push_back(d.reference);
    f.scenario.push_back(d.total);
    f.target_path.push_back(d.reference - d.target);
    f.diff_pct.push_back(d.diff_pct);
    f.horizon_baseline += d.reference;
    f.horizon_scenario += d.total;
  }
  return ok_status();
}

}  // namespace overblik::viewmodels

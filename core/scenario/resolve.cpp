// Resolving a spec against a baseline: catalogue type ids to type masks, target prices, and the fixed order
// in which levers apply.
#include "core/scenario/levers.h"

namespace overblik::scenario::detail {

using steering::kNone;

namespace {

Result<std::vector<uint8_t>> mask_of(const TypeTable& t, const Target& target, const std::string& path) {
  std::vector<uint8_t> mask(t.size(), 0);
  uint32_t only = kNone;
  if (target.kind == Target::Kind::type) {
    only = t.index_of(target.type_id);
    if (only == kNone) return Error{path + ".type", "unknown catalogue type '" + target.type_id + "'"};
  }
  for (size_t k = 0; k < t.size(); ++k) {
    switch (target.kind) {
      case Target::Kind::all:
        mask[k] = 1;
        break;
      case Target::Kind::group:
        mask[k] = t.group[k] == target.group;
        break;
      case Target::Kind::ladder_step:
        mask[k] = t.ladder_step[k] == target.ladder_step;
        break;
      case Target::Kind::type:
        mask[k] = k == only;
        break;
    }
  }
  return mask;
}

Status resolve_to(const TypeTable& t, const Lever& l, const std::string& path, ResolvedLever& r) {
  uint32_t to = t.index_of(l.to_type);
  if (to == kNone) return Error{path + ".to", "unknown catalogue type '" + l.to_type + "'"};
  r.to = static_cast<uint16_t>(to);
  if (l.to_price) {
    r.to_price = *l.to_price;
  } else if (t.has_price[to]) {
    r.to_price = t.avg_yearly_price[to];
  } else {
    return Error{path + ".to",
                 "type '" + l.to_type + "' has no measures to take an average price from; give to_price_kr"};
  }
  r.from[to] = 0;  // moving a measure to its own type is no change
  return ok_status();
}

Status add_lever(const TypeTable& t, const Lever& l, const std::string& path, Plan& plan) {
  ResolvedLever r;
  r.lever = &l;
  r.path = path;
  const char* from_key = (l.kind == LeverKind::mix_shift || l.kind == LeverKind::share_floor) ? ".from" : ".target";
  auto from = mask_of(t, l.target, path + from_key);
  if (!from) return from.error();
  r.from = std::move(from.value());
  switch (l.kind) {
    case LeverKind::volume:
      plan.volume.push_back(std::move(r));
      break;
    case LeverKind::duration:
      plan.duration.push_back(std::move(r));
      break;
    case LeverKind::price:
      plan.price.push_back(std::move(r));
      break;
    case LeverKind::mix_shift:
      if (auto s = resolve_to(t, l, path, r); !s) return s;
      plan.mix.push_back(std::move(r));
      break;
    case LeverKind::share_floor: {
      auto within = mask_of(t, l.within, path + ".within");
      if (!within) return within.error();
      r.within = std::move(within.value());
      if (auto s = resolve_to(t, l, path, r); !s) return s;
      if (!r.within[r.to]) return Error{path + ".to", "must be one of the types the share is of (within)"};
      for (size_t k = 0; k < t.size(); ++k) r.from[k] = r.from[k] && r.within[k];
      plan.share.push_back(std::move(r));
      break;
    }
    case LeverKind::price_index:
      plan.price_index.push_back(&l);
      break;
    case LeverKind::caseworkers:
      plan.caseworkers.push_back(&l);
      break;
    case LeverKind::savings_target:
      plan.targets.push_back(&l);
      break;
    case LeverKind::investment:
      plan.investments.push_back(&l);
      for (size_t j = 0; j < l.effects.size(); ++j)
        if (auto s = add_lever(t, l.effects[j], path + ".effects[" + std::to_string(j) + "]", plan); !s) return s;
      break;
  }
  return ok_status();
}

}  // namespace

Result<Plan> resolve_plan(const Baseline& b, const ScenarioSpec& spec) {
  if (auto s = validate_spec(spec); !s) return s.error();
  Plan plan;
  plan.years = spec.horizon_years;
  for (size_t i = 0; i < spec.levers.size(); ++i)
    if (auto s = add_lever(b.types, spec.levers[i], "$.levers[" + std::to_string(i) + "]", plan); !s) return s.error();
  return plan;
}

}  // namespace overblik::scenario::detail

#pragma once
// Internal to the projection: the spec resolved against a baseline (type masks, prices) and the lever steps
// that transform the working measure list. See projection.h for the order and docs/scenario-spec.md for rules.
#include <string>
#include <vector>

#include "core/scenario/baseline.h"
#include "core/scenario/projection.h"

namespace overblik::scenario::detail {

struct ResolvedLever {
  const Lever* lever = nullptr;
  std::string path;             // JSON path of the lever, for warnings
  std::vector<uint8_t> from;    // type mask: measures the lever acts on
  std::vector<uint8_t> within;  // share_floor population
  uint16_t to = 0;
  Ore to_price = 0;
};

struct Plan {
  int years = 0;
  std::vector<ResolvedLever> volume, duration, mix, share, price;
  std::vector<const Lever*> price_index, caseworkers, investments, targets;
};

Result<Plan> resolve_plan(const Baseline& b, const ScenarioSpec& spec);

// The working list starts as a copy of the baseline's measures.
void reset_workspace(const Baseline& b, ProjectionWorkspace& ws);
void apply_volume(const Baseline& b, const ResolvedLever& r, int years, ProjectionWorkspace& ws);
void apply_duration(const Baseline& b, const ResolvedLever& r, ProjectionWorkspace& ws);
void apply_mix_shift(const Baseline& b, const ResolvedLever& r, int years, ProjectionWorkspace& ws);
// Returns the number of months in which the floor could not be met (too few candidates).
int apply_share_floor(const Baseline& b, const ResolvedLever& r, int years, ProjectionWorkspace& ws);
// Price factors per type and year in parts per million (index and price levers, compounding).
void price_factors(const Plan& plan, size_t types, ProjectionWorkspace& ws);

}  // namespace overblik::scenario::detail

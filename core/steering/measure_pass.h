#pragma once
// The hot loop behind every steering figure (internal to core/steering): one pass over the measures active
// in a period, accumulating days, spend, counts and distinct children per breakdown key and scope.
// Measures are visited grouped by child (a counting sort per pass), so a row counts a child once by remembering
// the last child it saw: no sets, no allocation per measure, no string work.
#include <array>
#include <vector>

#include "core/steering/figures.h"

namespace overblik::steering::detail {

struct Acc {
  int64_t days = 0;
  Ore spend = 0;
  int32_t measures = 0, started = 0, ended = 0, children = 0;
  uint32_t last_child = kNone;  // a measure whose child is kNone counts no child
};

struct PassResult {
  // acc[(offset[b] + key) * kScopeCount + scope]; key == key_count[b] - 1 is the "none" slot.
  std::array<uint32_t, kBreakdownCount> offset{};
  std::array<uint32_t, kBreakdownCount> key_count{};
  std::vector<Acc> acc;
  std::array<Acc, kScopeCount> total{};
  const Acc& at(Breakdown b, uint32_t key, Scope s) const {
    return acc[(offset[static_cast<int>(b)] + key) * kScopeCount + static_cast<int>(s)];
  }
};

// Bit b of `mask` selects Breakdown b; the totals are always computed.
PassResult run_measure_pass(const Facts& facts, const Period& period, uint32_t mask);

// Totals per scope for several periods in one pass (the cockpit's 12-month trend): element i is periods[i].
std::vector<std::array<Acc, kScopeCount>> run_totals_pass(const Facts& facts, const std::vector<Period>& periods);

// Measure indices grouped by child (children in index order, kNone last), stable within a child.
std::vector<uint32_t> measures_by_child(const Facts& facts);

}  // namespace overblik::steering::detail

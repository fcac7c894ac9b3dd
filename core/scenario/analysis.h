#pragma once
// What a workshop reads off a projection: differences to the baseline and to the savings target path,
// payback of investments, a one-way sensitivity (tornado), and 2-4 scenarios side by side against a base.
#include <optional>
#include <string>
#include <vector>

#include "core/scenario/projection.h"

namespace overblik::scenario {

// One projection year against a reference (the baseline or a chosen base scenario). Percentages are
// ratios for display only (double); money stays in øre.
struct YearDelta {
  int year = 0;                  // calendar year label of the projection year's first month
  Ore total = 0, reference = 0;  // measures + investments + caseworker cost difference
  Ore diff = 0;                  // total - reference
  double diff_pct = 0;           // diff / reference x 100
  Ore savings = 0;               // reference - total
  Ore target = 0;                // savings target of the year (0 = none)
  Ore vs_target = 0;             // savings - target (negative: target missed)
  double target_pct = 0;         // savings / target x 100 (0 when no target)
};
std::vector<YearDelta> year_deltas(const Projection& scenario, const Projection& reference);

struct Payback {
  std::string path, label;          // the investment lever
  std::vector<Ore> net_cumulative;  // cumulative (savings of its effects - its amounts), per year
  std::optional<int> year;          // first calendar year the net turns non-negative after spending; none
};
// Each investment is judged against the same scenario without it (amounts and effects removed).
Result<std::vector<Payback>> paybacks(const Baseline& b, const ScenarioSpec& spec, const Projection& scenario);

struct TornadoBar {
  std::string path, label;
  Ore low_total = 0, high_total = 0;  // horizon totals with the lever at its low / high setting
  Ore low_diff = 0, high_diff = 0;    // against the scenario's horizon total
};
// Low/high: the lever's `low`/`high` values if given, else 50 % and 150 % of its change (caseworkers: of the
// change from the baseline FTE; investments: of their effects). Savings targets have no bar. Sorted by swing.
Result<std::vector<TornadoBar>> sensitivity(const Baseline& b, const ScenarioSpec& spec, const Projection& scenario);
// The lever with its low (high = false) or high setting.
Lever sensitivity_variant(const Lever& l, bool high, int64_t baseline_fte_milli);

struct Comparison {
  size_t base = 0;  // index of the chosen base
  std::vector<std::string> names;
  std::vector<Projection> projections;  // all over the shortest horizon of the specs
  std::vector<std::vector<YearDelta>> against_base;
};
// 2-4 scenarios side by side; errors name the spec by index ("$[1].levers[0]...").
Result<Comparison> compare(const Baseline& b, const std::vector<ScenarioSpec>& specs, size_t base_index);

}  // namespace overblik::scenario

#pragma once
// A scenario spec: an override layer (levers) on the baseline projection. Parsed from and written to the JSON
// format of docs/scenario-spec.md; stored in the workspace table `scenario` (spec_json).
// Every lever carries its assumptions log entry: who set it, why, and the source.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/model/result.h"
#include "core/steering/facts.h"

namespace overblik::scenario {

constexpr int kMaxYears = 5;
constexpr int kMaxMonths = 12 * kMaxYears;

enum class LeverKind : uint8_t {
  volume,          // values: yearly change of the number of measures (percent or count)
  mix_shift,       // values: percent of the from-measures active in a year converted to the target type
  share_floor,     // values: minimum percent of `within` that must be of type `to` in every month of the year
  price,           // values: yearly price change in percent (compounding)
  price_index,     // values: yearly price level change in percent for everything (compounding)
  duration,        // values: percent change of the (remaining) duration of measures starting that year
  caseworkers,     // values: FTE per year; cost_per_fte per year
  investment,      // values: amount per year; effects: levers it brings about
  savings_target,  // values: savings per year against the baseline
};
const char* lever_kind_name(LeverKind k);

// Which measures a volume cut removes or a mix shift converts.
enum class SelectRule : uint8_t { cheapest_first, most_expensive_first, longest_running_first, newest_first, random };
const char* select_rule_name(SelectRule r);

// A set of measure types: everything, a group, a ladder step or one catalogue type (by id).
struct Target {
  enum class Kind : uint8_t { all, group, ladder_step, type } kind = Kind::all;
  steering::MeasureGroup group = steering::MeasureGroup::placement;
  int ladder_step = 0;
  std::string type_id;
  bool operator==(const Target&) const = default;
};

enum class VolumeUnit : uint8_t { percent, count };

// Values are integers in a unit fixed by the kind (so projections never depend on floating point):
// percentages in hundredths of a percent (-5 % = -500), money in øre, FTE in milli-FTE, counts in measures.
struct Lever {
  LeverKind kind = LeverKind::volume;
  std::string label;                              // optional, shown in the tornado chart and assumptions log
  Target target;                                  // volume, price, duration; the from-set of mix_shift / share_floor
  Target within;                                  // share_floor: the population the share is of
  std::string to_type;                            // mix_shift, share_floor: the catalogue type measures move to
  std::optional<Ore> to_price;                    // yearly price of converted measures (default: target type average)
  SelectRule rule = SelectRule::random;           // volume, mix_shift, share_floor
  uint64_t seed = 1;                              // for the random rule
  VolumeUnit unit = VolumeUnit::percent;          // volume only
  std::vector<int64_t> values;                    // one per projection year (fewer: the rest count as 0 / no change)
  std::vector<Ore> cost_per_fte;                  // caseworkers
  std::optional<int64_t> baseline_fte_milli;      // caseworkers (default: the workspace's FTE at as-of)
  std::vector<Lever> effects;                     // investment
  std::optional<std::vector<int64_t>> low, high;  // sensitivity overrides (default 50 % / 150 % of the change)
  std::string set_by, why, source;                // the assumptions log
  bool operator==(const Lever&) const = default;
};

struct ScenarioSpec {
  std::string name;
  std::string notes;
  std::optional<Day> as_of;
  int horizon_years = 3;  // 1-5
  std::vector<Lever> levers;
  bool operator==(const ScenarioSpec&) const = default;
};

constexpr std::string_view kSpecFormat = "overblik-scenario/1";

// Parses and validates a spec; errors are located by JSON path, e.g.
// "$.levers[2].values[0]: volume change must be between -100 and +100 %".
Result<ScenarioSpec> parse_spec(std::string_view json_text);
// Canonical JSON: fixed key order, every field written, no insignificant whitespace. parse(write(s)) == s.
std::string write_spec(const ScenarioSpec& spec);
// Re-validates a spec built in code (e.g. by the UI's sliders) with the same rules and paths as parse_spec.
Status validate_spec(const ScenarioSpec& spec);
// The same rules for one lever at a JSON path (e.g. "$.levers[2]").
Status validate_lever(const Lever& lever, int horizon_years, const std::string& path);

// A lever's value for projection year y (0-based); years past the list count as 0 (caseworkers: last value).
int64_t lever_value(const Lever& l, int year);

}  // namespace overblik::scenario

// The scenario workshop's model: a fixed, grouped set of levers the sliders edit (each maps to one lever
// of the spec; other levers of a stored spec are kept as they are), and live figures of the edited spec
// against the baseline and the savings target path. Recomputing reuses the projection buffers, so a slider
// drag costs one projection (< 2 ms on the L demo natively).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/scenario/analysis.h"
#include "core/scenario/baseline.h"
#include "core/scenario/projection.h"
#include "core/scenario/spec.h"

namespace overblik::viewmodels {

enum class LeverGroup : uint8_t { volume, price, duration, target };
enum class LeverUnit : uint8_t { percent_hundredths, ore };

struct WorkshopLever {
  const char* key;  // stable id, e.g. "placement-volume"
  LeverGroup group;
  scenario::LeverKind kind;
  scenario::Target target;
  LeverUnit unit;
  int64_t min, max, step;  // in the unit (percent: hundredths; money: øre)
};

constexpr int kWorkshopLeverCount = 6;
const std::array<WorkshopLever, kWorkshopLeverCount>& workshop_levers();

// The slider value of lever i in a spec: its first year's value (0 = the baseline; no such lever).
int64_t lever_setting(const scenario::ScenarioSpec& spec, int i);
// Sets lever i to `value` for every projection year; 0 removes it (back to the baseline).
void set_lever(scenario::ScenarioSpec& spec, int i, int64_t value);

// Figures per projection year: the baseline, the scenario and the target path (baseline - savings target).
struct WorkshopFigures {
  std::vector<int> years;
  std::vector<Ore> baseline, scenario, target_path;
  std::vector<double> diff_pct;  // scenario against baseline, percent
  Ore horizon_baseline = 0, horizon_scenario = 0;
  std::vector<scenario::YearDelta> deltas;
};

class Workshop {
 public:
  // Builds the baseline once (tens of ms on the L demo).
  Status open(const steering::Facts& facts, Day as_of, int horizon_years = 3);
  bool is_open() const { return open_; }
  // Projects `spec` (its horizon is forced to the workshop's) and refreshes figures().
  Status recompute(const scenario::ScenarioSpec& spec);
  const WorkshopFigures& figures() const { return figures_; }
  const scenario::Baseline& baseline() const { return baseline_; }
  const scenario::Projection& projection() const { return projection_; }
  int horizon_years() const { return horizon_; }

 private:
  bool open_ = false;
  int horizon_ = 3;
  scenario::Baseline baseline_;
  scenario::Projection base_projection_, projection_;
  scenario::ProjectionWorkspace ws_;
  WorkshopFigures figures_;
};

}  // namespace overblik::viewmodels

// The management cockpit as the UI shows it: key figure tiles with a 12-month trend, the intervention
// ladder per month, and the list behind every tile (drill-down). Built from the steering engines once per
// workspace change; the view only formats and draws.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/steering/cockpit.h"
#include "core/steering/facts.h"
#include "core/store/db.h"

namespace overblik::viewmodels {

enum class Tile : uint8_t { spend, placements, preventive, placement_price, caseload, compliance };
constexpr int kTileCount = 6;
const char* tile_key(Tile t);  // stable id: "spend", "placements", ...

struct TileFigure {
  Tile tile = Tile::spend;
  std::string value;          // formatted (Danish): "19,4 mio. kr.", "123,5", "87,5 %"
  std::string detail;         // e.g. "af 25,0 mio. kr. budget" figures only (the view adds words)
  std::vector<double> trend;  // 12 months, oldest first (display only)
  bool warn = false;          // over budget, over caseload target, low compliance
};

// One month of the ladder: full-year persons per step 1-6 (display only).
struct LadderMonth {
  std::string label;  // "jan 24"
  std::array<double, 6> full_year_persons{};
};

struct CockpitView {
  Day as_of = 0;
  steering::CockpitSummary summary;
  double compliance_share = 0;  // deadlines done on time, year to date (0-1)
  int32_t deadlines_due = 0;
  std::array<TileFigure, kTileCount> tiles;
  std::vector<LadderMonth> ladder;  // the 12 trend months
};

// Compliance needs the deadlines (read from `db`); a failure there leaves the tile empty, not the cockpit.
CockpitView build_cockpit(const steering::Facts& facts, store::Database& db, Day as_of);

// One row of a tile's drill-down list: a measure (or, for caseload/compliance, an open case).
struct DrillRow {
  std::string measure_id, case_id;
  std::string child;     // pseudonym
  std::string what;      // measure type, or caseworker for cases
  Day from = 0, to = 0;  // to = steering::kOpenEnd while running
  Ore amount = 0;        // cost in the year to date (cases: 0)
};

// The rows behind a tile's figure on `as_of`: placements tile = placement measures active in the year to
// date, preventive = preventive measures, spend = every measure, caseload/compliance = open cases.
// Sorted by amount (largest first), then id.
std::vector<DrillRow> drill_down(const steering::Facts& facts, Tile tile, Day as_of);

}  // namespace overblik::viewmodels

#pragma once
// Scenarios stored in the workspace (table `scenario`: id, name, spec_json, notes), so they travel with
// snapshots. Writing goes through the store's commands (SaveScenario); this reads and prepares copies.
#include <string>
#include <vector>

#include "core/scenario/spec.h"
#include "core/store/db.h"

namespace overblik::scenario {

struct StoredScenario {
  std::string id, name, spec_json, notes;
};

// Non-deleted scenarios in name, id order.
Result<std::vector<StoredScenario>> load_scenarios(store::Database& db);
// The spec of a stored row, parsed and validated; errors say which scenario.
Result<ScenarioSpec> stored_spec(const StoredScenario& s);
// A copy under a new id and name ("<name> (kopi)" unless given), with the spec in canonical form.
Result<StoredScenario> duplicate_scenario(const StoredScenario& s, const std::string& new_id,
                                          const std::string& new_name = "");

}  // namespace overblik::scenario

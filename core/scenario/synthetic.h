#pragma once
// Small synthetic workspaces for scenario tests and the bench (rows inserted with SQL into a migrated
// database, so the projection reads them through the same steering column store as real data).
// Nothing here is personal data: ids and pseudonyms are generated.
#include <cstdint>
#include <optional>
#include <string>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/store/db.h"

namespace overblik::scenario::synthetic {

// Writes one team, one caseworker (1.0 FTE) and no measures. The database must be migrated.
Status begin_workspace(store::Database& db);
Status add_type(store::Database& db, const std::string& id, const std::string& group, int ladder_step);
// A child with one open case and one measure; returns nothing (ids derive from `n`).
Status add_measure(store::Database& db, int n, const std::string& type_id, Day start, std::optional<Day> planned_stop,
                   std::optional<Day> end, Ore price, const std::string& unit, const std::string& child_id = "");

// A municipality-like mix of measures (the seed's KLK catalogue shape): `children` children, measures started
// over the four years before `as_of`, prices per day, month and year. Deterministic in `seed`.
Status fill_workspace(store::Database& db, int children, uint64_t seed, Day as_of);

}  // namespace overblik::scenario::synthetic

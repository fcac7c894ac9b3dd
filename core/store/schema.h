#pragma once
// The workspace schema and its migrations (PRAGMA user_version counts applied migrations).
#include <string_view>
#include <vector>

#include "core/store/db.h"

namespace overblik::store {

// Each entry is one migration; never edit a shipped one, append a new one.
const std::vector<std::string_view>& migrations();

// Brings a database up to the newest schema version in one transaction per migration.
// A database from a newer version of Overblik is refused (never downgraded).
Status migrate(Database& db);

// The newest schema version this build knows.
int schema_version();

// Tables whose rows sync (each has id, hlc, device, deleted), in an order that respects foreign keys.
const std::vector<std::string_view>& syncable_tables();

}  // namespace overblik::store

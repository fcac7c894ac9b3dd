#pragma once
// Foreign-key references between syncable rows, read from the schema itself (PRAGMA foreign_key_list), so
// the tombstone rules and the integrity check follow the schema without a hand-kept list.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::store {

struct ForeignKey {
  std::string table;   // referring table
  std::string column;  // referring column
  std::string target;  // referred table
};

// Every foreign key between syncable tables.
Result<std::vector<ForeignKey>> syncable_foreign_keys(Database& db);

struct RowRef {
  std::string table;
  std::string id;
  std::string column;
};

// Live rows that refer to row `id` of `table` (at most `limit`).
Result<std::vector<RowRef>> live_references(Database& db, std::string_view table, const std::string& id,
                                            int limit = 10);

// Live rows that refer to a deleted (tombstoned) row: "dangling" references (at most `limit`).
Result<std::vector<RowRef>> dangling_references(Database& db, int limit = 100);

}  // namespace overblik::store

#pragma once
// A workspace health check: SQLite's own integrity and foreign-key checks plus the domain invariants that
// commands guarantee (end >= start, prices >= 0, no live row referring to a deleted one, ...). Meant for
// files that did not come through commands: imports, older builds, a damaged disk.
#include <string>
#include <vector>

#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::store {

struct Problem {
  std::string where;    // e.g. "measure 'dev1-42'" or "integrity_check"
  std::string message;  // e.g. "end 2024-01-01 is before start 2024-02-01"
};

// Lists at most `limit` problems; an empty list means the workspace is clean.
Result<std::vector<Problem>> check_workspace(Database& db, size_t limit = 1000);

}  // namespace overblik::store

#pragma once
// Conflicts kept by the merge (table conflict) until a person resolves them: both values, who wrote them and
// when. Resolving writes the chosen (or an edited) value as a new local edit, which the next sync pushes.
#include <string>
#include <vector>

#include "core/model/hlc.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::sync {

struct Conflict {
  std::string id;
  std::string entity;  // table
  std::string entity_id;
  std::string field;
  std::string local_value;   // JSON scalar text: "\"Team A\"", "42", "null"
  std::string remote_value;  // likewise
  std::string local_device, remote_device;
  std::string local_hlc, remote_hlc;
  std::string kind;  // "field" | "edit_vs_delete" (field is then "deleted": 1 = deleted, 0 = kept)
  bool resolved = false;
};

// Open conflicts (and resolved ones when asked), oldest stamps first.
Result<std::vector<Conflict>> list_conflicts(store::Database& db, bool include_resolved = false);

// Writes `value_json` (a JSON scalar: one of the conflict's values or an edited one) into the row's field,
// stamped `stamp` by `device`, logs it in change_log, and marks the conflict resolved: one transaction.
// A value of the wrong type, an unknown conflict or an already resolved one is an error and changes nothing.
Status resolve_conflict(store::Database& db, const std::string& conflict_id, const std::string& value_json,
                        const Hlc& stamp, const std::string& device);

}  // namespace overblik::sync

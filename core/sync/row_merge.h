#pragma once
// The three-way merge of one row, per field: base (the last synced state), local (this device) and remote
// (the server head). Pure: no database, so it is fast and tested on its own.
//
// Rules (docs/sync.md):
// - a field unchanged locally takes the remote value; unchanged remotely keeps the local value; both changed to
//   the same value is no conflict;
// - both changed to different values: a conflict of kind "field"; the provisional winner is the side with the
//   higher (hlc, device), so every device that merges the same rows picks the same value;
// - a delete against an edit of the row keeps the edit (the row stays or comes back undeleted) and records a
//   conflict of kind "edit_vs_delete" on the field "deleted";
// - a row new on both sides (no base) merges by id, every differing field being a conflict.
#include <optional>
#include <string>
#include <vector>

#include "core/sync/table_io.h"

namespace overblik::sync {

enum class ConflictKind : uint8_t { field, edit_vs_delete };
const char* conflict_kind_name(ConflictKind k);

struct FieldConflict {
  std::string field;
  Value local;
  Value remote;
  ConflictKind kind = ConflictKind::field;
};

// Positions of the bookkeeping columns every syncable table has.
struct MetaColumns {
  int id = -1, hlc = -1, device = -1, deleted = -1;
  static Result<MetaColumns> of(const TableInfo& table);
  bool is_meta(size_t column) const;
};

struct RowMerge {
  Row merged;
  std::vector<FieldConflict> conflicts;
};

// `base` and `local` may be absent (a row new on the server, or new on both sides).
RowMerge merge_row(const TableInfo& table, const MetaColumns& meta, const Row* base, const Row* local,
                   const Row& remote);

// True when the two rows hold the same data and tombstone (their hlc and device may differ).
bool same_content(const MetaColumns& meta, const Row& a, const Row& b);

}  // namespace overblik::sync

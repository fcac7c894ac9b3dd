#include "core/sync/row_merge.h"

namespace overblik::sync {

const char* conflict_kind_name(ConflictKind k) {
  return k == ConflictKind::field ? "field" : "edit_vs_delete";
}

Result<MetaColumns> MetaColumns::of(const TableInfo& table) {
  MetaColumns m{table.column_index("id"), table.column_index("hlc"), table.column_index("device"),
                table.column_index("deleted")};
  if (m.id < 0 || m.hlc < 0 || m.device < 0 || m.deleted < 0)
    return Error{table.name, "not a syncable table (needs id, hlc, device, deleted)"};
  return m;
}

bool MetaColumns::is_meta(size_t c) const {
  const int i = static_cast<int>(c);
  return i == id || i == hlc || i == device || i == deleted;
}

bool same_content(const MetaColumns& meta, const Row& a, const Row& b) {
  for (size_t c = 0; c < a.size(); ++c)
    if ((c == static_cast<size_t>(meta.deleted) || !meta.is_meta(c)) && a[c] != b[c]) return false;
  return true;
}

namespace {

// The side whose value stands until a person decides: higher hlc, then higher device id.
bool local_wins(const MetaColumns& m, const Row& local, const Row& remote) {
  if (local[m.hlc] != remote[m.hlc]) return local[m.hlc] > remote[m.hlc];
  return local[m.device] > remote[m.device];
}

bool edited_data(const MetaColumns& m, const Row* base, const Row& side) {
  if (!base) return true;
  for (size_t c = 0; c < side.size(); ++c)
    if (!m.is_meta(c) && side[c] != (*base)[c]) return true;
  return false;
}

}  // namespace

RowMerge merge_row(const TableInfo& table, const MetaColumns& m, const Row* base, const Row* local, const Row& remote) {
  RowMerge out;
  if (!local || (base && same_content(m, *local, *base))) {  // nothing to keep locally: take the server's row
    out.merged = remote;
    return out;
  }
  const Row& l = *local;
  const bool local_first = local_wins(m, l, remote);
  out.merged = local_first ? l : remote;  // id, hlc and device of the winner unless one side is taken whole
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (m.is_meta(c)) continue;
    if (l[c] == remote[c]) {
      out.merged[c] = l[c];
    } else if (base && l[c] == (*base)[c]) {
      out.merged[c] = remote[c];
    } else if (base && remote[c] == (*base)[c]) {
      out.merged[c] = l[c];
    } else {
      out.merged[c] = local_first ? l[c] : remote[c];
      out.conflicts.push_back({table.columns[c].name, l[c], remote[c], ConflictKind::field});
    }
  }
  const Value& ld = l[m.deleted];
  const Value& rd = remote[m.deleted];
  const Value kept = int64_t{0};
  if (ld == rd) {
    out.merged[m.deleted] = ld;
  } else {
    const bool local_deleted = ld != kept;  // the side that deleted (or kept it deleted) against the other
    const bool other_edited = local_deleted ? edited_data(m, base, remote) : edited_data(m, base, l);
    const bool deleted_side_changed = !base || (local_deleted ? ld != (*base)[m.deleted] : rd != (*base)[m.deleted]);
    if (deleted_side_changed && other_edited) {
      out.merged[m.deleted] = kept;  // an edit against a delete keeps the edit
      out.conflicts.push_back({"deleted", ld, rd, ConflictKind::edit_vs_delete});
    } else if (base && ld == (*base)[m.deleted]) {
      out.merged[m.deleted] = rd;
    } else {
      out.merged[m.deleted] = ld;
    }
  }
  if (same_content(m, out.merged, remote))
    out.merged = remote;
  else if (same_content(m, out.merged, l))
    out.merged = l;
  return out;
}

}  // namespace overblik::sync

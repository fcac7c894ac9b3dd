#include "core/store/references.h"

#include "core/store/schema.h"

namespace overblik::store {

Result<std::vector<ForeignKey>> syncable_foreign_keys(Database& db) {
  std::vector<ForeignKey> out;
  for (auto t : syncable_tables()) {
    auto st = db.prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)");
    if (!st) return st.error();
    st.value().bind(1, t);
    while (st.value().step()) out.push_back({std::string(t), st.value().text(0), st.value().text(1)});
  }
  return out;
}

static Status collect(Database& db, const std::string& sql, const ForeignKey& fk, const std::string* id, int limit,
                      std::vector<RowRef>& out) {
  auto st = db.prepare(sql);
  if (!st) return st.error();
  if (id) st.value().bind(1, *id);
  st.value().bind(id ? 2 : 1, int64_t{limit - static_cast<int>(out.size())});
  while (st.value().step()) out.push_back({fk.table, st.value().text(0), fk.column});
  if (st.value().failed()) return Error{fk.table, st.value().error()};
  return ok_status();
}

Result<std::vector<RowRef>> live_references(Database& db, std::string_view table, const std::string& id, int limit) {
  auto fks = syncable_foreign_keys(db);
  if (!fks) return fks.error();
  std::vector<RowRef> out;
  for (const auto& fk : fks.value()) {
    if (fk.target != table || static_cast<int>(out.size()) >= limit) continue;
    std::string sql = "SELECT id FROM " + fk.table + " WHERE " + fk.column + "=? AND deleted=0 LIMIT ?";
    if (auto s = collect(db, sql, fk, &id, limit, out); !s) return s.error();
  }
  return out;
}

Result<std::vector<RowRef>> dangling_references(Database& db, int limit) {
  auto fks = syncable_foreign_keys(db);
  if (!fks) return fks.error();
  std::vector<RowRef> out;
  for (const auto& fk : fks.value()) {
    if (static_cast<int>(out.size()) >= limit) break;
    std::string sql = "SELECT r.id FROM " + fk.table + " r JOIN " + fk.target + " t ON t.id = r." + fk.column +
                      " WHERE r.deleted=0 AND t.deleted<>0 LIMIT ?";
    if (auto s = collect(db, sql, fk, nullptr, limit, out); !s) return s.error();
  }
  return out;
}

}  // namespace overblik::store

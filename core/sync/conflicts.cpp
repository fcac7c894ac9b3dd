#include "core/sync/conflicts.h"

#include <nlohmann/json.hpp>

#include "core/store/schema.h"
#include "core/sync/row_json.h"
#include "core/sync/table_io.h"

namespace overblik::sync {

Result<std::vector<Conflict>> list_conflicts(store::Database& db, bool include_resolved) {
  auto st = db.prepare(
      "SELECT id, entity, entity_id, field, local_value, remote_value, local_device, remote_device, local_hlc,"
      " remote_hlc, kind, resolved FROM conflict WHERE resolved = 0 OR ?1 ORDER BY max(local_hlc, remote_hlc), id");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, include_resolved ? 1 : 0);
  std::vector<Conflict> out;
  while (s.step()) {
    out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.opt_text(4).value_or("null"),
                   s.opt_text(5).value_or("null"), s.text(6), s.text(7), s.text(8), s.text(9), s.text(10),
                   s.int64(11) != 0});
  }
  if (s.failed()) return Error{"conflict", s.error()};
  return out;
}

namespace {

Result<Conflict> find_conflict(store::Database& db, const std::string& id) {
  auto all = list_conflicts(db, true);
  if (!all) return all.error();
  for (auto& c : all.value())
    if (c.id == id) return c;
  return Error{"conflict " + id, "no such conflict"};
}

}  // namespace

Status resolve_conflict(store::Database& db, const std::string& conflict_id, const std::string& value_json,
                        const Hlc& stamp, const std::string& device) {
  auto c = find_conflict(db, conflict_id);
  if (!c) return c.error();
  const Conflict& conflict = c.value();
  if (conflict.resolved) return Error{"conflict " + conflict_id, "already resolved"};
  bool syncable = false;
  for (auto t : store::syncable_tables()) syncable = syncable || t == conflict.entity;
  if (!syncable) return Error{"conflict " + conflict_id, "not a syncable table: " + conflict.entity};
  auto table = table_info(db, conflict.entity);
  if (!table) return table.error();
  const int col = table.value().column_index(conflict.field);
  if (col < 0) return Error{conflict.entity + "." + conflict.field, "no such column"};
  auto parsed = nlohmann::json::parse(value_json, nullptr, false);
  if (parsed.is_discarded()) return Error{"value", "not a JSON value: " + value_json};
  const std::string where = conflict.entity + "." + conflict.field;
  auto value = value_from_json(table.value().columns[col], parsed, where);
  if (!value) return value.error();
  auto row = read_row(db, table.value(), conflict.entity_id);
  if (!row) return row.error();
  Row edited = row.value();
  const Value old = edited[col];
  edited[col] = value.value();
  edited[table.value().column_index("hlc")] = stamp.text();
  edited[table.value().column_index("device")] = device;

  store::Transaction tx(db);
  if (!tx.begun()) return Error{"conflict", "cannot begin a transaction: " + db.last_error()};
  if (auto s = write_row(db, table.value(), edited, WriteMode::upsert); !s) return s;
  auto log = db.prepare(
      "INSERT INTO change_log(entity, entity_id, field, old_value, new_value, device, hlc, command)"
      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'ResolveConflict')");
  if (!log) return log.error();
  log.value()
      .bind(1, conflict.entity)
      .bind(2, conflict.entity_id)
      .bind(3, conflict.field)
      .bind(4, value_json_text(old))
      .bind(5, value_json_text(value.value()))
      .bind(6, device)
      .bind(7, stamp.text());
  log.value().step();
  if (log.value().failed()) return Error{"change_log", log.value().error()};
  auto mark = db.prepare("UPDATE conflict SET resolved = 1 WHERE id = ?1");
  if (!mark) return mark.error();
  mark.value().bind(1, conflict_id);
  mark.value().step();
  if (mark.value().failed()) return Error{"conflict", mark.value().error()};
  return tx.commit();
}

}  // namespace overblik::sync

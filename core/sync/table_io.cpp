#include "core/sync/table_io.h"

#include "core/store/schema.h"

namespace overblik::sync {

int TableInfo::column_index(std::string_view column) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == column) return static_cast<int>(i);
  return -1;
}

const char* value_kind(const Value& v) {
  switch (v.index()) {
    case 0:
      return "null";
    case 1:
      return "integer";
    default:
      return "text";
  }
}

const char* type_name(ColumnType t) {
  return t == ColumnType::integer ? "integer" : "text";
}

Result<TableInfo> table_info(store::Database& db, std::string_view table) {
  auto st = db.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, table);
  TableInfo info;
  info.name = std::string(table);
  while (s.step()) {
    ColumnInfo c;
    c.name = s.text(0);
    const std::string type = s.text(1);
    if (type == "INTEGER")
      c.type = ColumnType::integer;
    else if (type == "TEXT")
      c.type = ColumnType::text;
    else
      return Error{info.name + "." + c.name, "unsupported column type '" + type + "'"};
    c.primary_key = s.int64(3) != 0;
    c.not_null = s.int64(2) != 0 || c.primary_key;
    info.columns.push_back(std::move(c));
  }
  if (s.failed()) return Error{info.name, s.error()};
  if (info.columns.empty()) return Error{info.name, "no such table"};
  return info;
}

Result<std::vector<TableInfo>> syncable_table_infos(store::Database& db) {
  std::vector<TableInfo> all;
  for (auto name : store::syncable_tables()) {
    auto t = table_info(db, name);
    if (!t) return t.error();
    all.push_back(std::move(t.value()));
  }
  return all;
}

namespace {

std::string quoted(std::string_view name) {
  std::string q;
  q.reserve(name.size() + 2);
  q.push_back('"');
  q.append(name);
  q.push_back('"');
  return q;
}

std::string select_sql(const TableInfo& t) {
  std::string sql = "SELECT ";
  for (size_t i = 0; i < t.columns.size(); ++i) sql += (i ? ", " : "") + quoted(t.columns[i].name);
  return sql + " FROM " + quoted(t.name);
}

Row read_current(store::Statement& s, const TableInfo& t) {
  Row row(t.columns.size());
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const int col = static_cast<int>(i);
    if (s.is_null(col)) continue;
    if (t.columns[i].type == ColumnType::integer)
      row[i] = s.int64(col);
    else
      row[i] = s.text(col);
  }
  return row;
}

}  // namespace

Result<std::vector<Row>> read_rows(store::Database& db, const TableInfo& table) {
  // Plain ORDER BY id compares TEXT with the BINARY collation: byte order, the same on every platform.
  auto st = db.prepare(select_sql(table) + " ORDER BY id");
  if (!st) return st.error();
  std::vector<Row> rows;
  auto& s = st.value();
  while (s.step()) rows.push_back(read_current(s, table));
  if (s.failed()) return Error{table.name, s.error()};
  return rows;
}

Result<Row> read_row(store::Database& db, const TableInfo& table, std::string_view id) {
  auto st = db.prepare(select_sql(table) + " WHERE id = ?");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, id);
  if (!s.step()) {
    if (s.failed()) return Error{table.name, s.error()};
    return Error{table.name, "no row with id \"" + std::string(id) + "\""};
  }
  return read_current(s, table);
}

Status check_row_types(const TableInfo& table, const Row& row) {
  if (row.size() != table.columns.size())
    return Error{table.name, "row has " + std::to_string(row.size()) + " values, the table has " +
                                 std::to_string(table.columns.size()) + " columns"};
  for (size_t i = 0; i < row.size(); ++i) {
    const ColumnInfo& c = table.columns[i];
    const Value& v = row[i];
    if (is_null(v)) {
      if (c.not_null) return Error{table.name + "." + c.name, "must not be null"};
      continue;
    }
    const bool ok = c.type == ColumnType::integer ? v.index() == 1 : v.index() == 2;
    if (!ok)
      return Error{table.name + "." + c.name, std::string("expected ") + type_name(c.type) + ", got " + value_kind(v)};
  }
  return ok_status();
}

Result<RowWriter> RowWriter::open(store::Database& db, const TableInfo& table, WriteMode mode) {
  std::string cols, params, updates;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const std::string q = quoted(table.columns[i].name);
    cols += (i ? ", " : "") + q;
    params += i ? ", ?" : "?";
    if (!table.columns[i].primary_key) updates += (updates.empty() ? "" : ", ") + q + " = excluded." + q;
  }
  std::string sql = "INSERT INTO " + quoted(table.name) + " (" + cols + ") VALUES (" + params + ")";
  if (mode == WriteMode::upsert) sql += " ON CONFLICT(id) DO UPDATE SET " + updates;
  auto st = db.prepare(sql);
  if (!st) return st.error();
  return RowWriter(table, std::move(st.value()));
}

Status RowWriter::write(const Row& row) {
  if (auto s = check_row_types(*table_, row); !s) return s;
  stmt_.reset();
  for (size_t i = 0; i < row.size(); ++i) {
    const int p = static_cast<int>(i) + 1;
    if (const auto* n = std::get_if<int64_t>(&row[i]))
      stmt_.bind(p, *n);
    else if (const auto* t = std::get_if<std::string>(&row[i]))
      stmt_.bind(p, *t);
    else
      stmt_.bind_null(p);
  }
  stmt_.step();
  if (stmt_.failed()) return Error{table_->name, stmt_.error()};
  return ok_status();
}

Status write_row(store::Database& db, const TableInfo& table, const Row& row, WriteMode mode) {
  auto w = RowWriter::open(db, table, mode);
  if (!w) return w.error();
  return w.value().write(row);
}

}  // namespace overblik::sync

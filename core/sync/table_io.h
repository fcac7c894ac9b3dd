#pragma once
// Generic row I/O over the syncable tables (store::syncable_tables()), driven by the live schema
// (PRAGMA table_info) so snapshots, deltas and merges never hard-code a column list.
//
// A row is a list of values in the table's column order (TableInfo::columns): together they are the
// ordered list of (column, value) pairs. A value is null, a 64-bit integer or a text; the schema's tables
// are STRICT and declare only INTEGER and TEXT columns, so these three cover every stored value.
//
// Errors are located: Error::where names the table and, for a value, the column ("child_case.child_id").
// Nothing here throws; write functions change nothing when they return an error (a row is one statement).
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::sync {

enum class ColumnType : uint8_t { integer, text };

struct ColumnInfo {
  std::string name;
  ColumnType type = ColumnType::text;
  bool not_null = false;  // declared NOT NULL (or the primary key)
  bool primary_key = false;
};

struct TableInfo {
  std::string name;
  std::vector<ColumnInfo> columns;  // in declaration order (cid order), "id" first in every syncable table
  // Position of a column, or -1 if the table has no such column.
  int column_index(std::string_view column) const;
};

// null | integer | text. std::monostate is SQL NULL.
using Value = std::variant<std::monostate, int64_t, std::string>;
using Row = std::vector<Value>;  // one value per TableInfo::columns entry, same order

inline bool is_null(const Value& v) {
  return v.index() == 0;
}
// "null", "integer" or "text": for error messages.
const char* value_kind(const Value& v);
const char* type_name(ColumnType t);  // "integer" | "text"

// The columns of one table from PRAGMA table_info. An error if the table does not exist or declares a
// column type other than INTEGER or TEXT.
Result<TableInfo> table_info(store::Database& db, std::string_view table);
// table_info for every syncable table, in store::syncable_tables() order (which respects foreign keys).
Result<std::vector<TableInfo>> syncable_table_infos(store::Database& db);

// Every row of a table (tombstones included), ordered by id (byte order), values in column order.
Result<std::vector<Row>> read_rows(store::Database& db, const TableInfo& table);
// One row by id; an Error (where = "<table>") when no row has that id.
Result<Row> read_row(store::Database& db, const TableInfo& table, std::string_view id);

// Checks a row against the column declarations: the right number of values, each null or of the declared
// type, and no null in a NOT NULL column. Error::where is "<table>.<column>". (CHECK constraints, foreign
// keys and uniqueness are left to SQLite and reported by the writer.)
Status check_row_types(const TableInfo& table, const Row& row);

enum class WriteMode : uint8_t {
  insert,  // a new row; an existing id is an error
  upsert,  // insert, or overwrite every column of the row with the same id (used by merge)
};

// Writes rows of one table through one prepared statement (fast for bulk loads; wrap many writes in a
// store::Transaction). The writer must not outlive the database or the TableInfo it was opened with.
class RowWriter {
 public:
  static Result<RowWriter> open(store::Database& db, const TableInfo& table, WriteMode mode);
  // Type-checks (check_row_types) then writes. SQLite constraint failures come back as an Error whose
  // where is the table name and whose message is SQLite's (e.g. "FOREIGN KEY constraint failed").
  Status write(const Row& row);
  const TableInfo& table() const { return *table_; }

 private:
  RowWriter(const TableInfo& t, store::Statement st) : table_(&t), stmt_(std::move(st)) {}
  const TableInfo* table_;
  store::Statement stmt_;
};

// Convenience for a single row (prepares a statement each call).
Status write_row(store::Database& db, const TableInfo& table, const Row& row, WriteMode mode);

}  // namespace overblik::sync

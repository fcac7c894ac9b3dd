#pragma once
// Rows (table_io's typed values) to and from JSON, as they travel in snapshots, deltas and conflicts.
#include <nlohmann/json.hpp>
#include <string>

#include "core/model/result.h"
#include "core/sync/table_io.h"

namespace overblik::sync {

// A JSON value's kind as a reader meets it; the names (json_kind_name) are nlohmann's type_name().
enum class JsonKind : uint8_t { null, boolean, integer, unsigned_integer, floating, string, object, array };
const char* json_kind_name(JsonKind k);

// A JSON value as one of the readers met it (a parsed document, or the streaming body reader's events): its
// kind and, for whole numbers and strings, the value. The one type check below serves both readers.
struct JsonScalar {
  JsonKind kind = JsonKind::null;
  int64_t integer = 0;
  uint64_t unsigned_integer = 0;
  std::string* text = nullptr;  // a string's text, moved into the Value when taken
};
// A value checked against a column's declared type: "must not be null", "integer out of range",
// "expected integer, got string", "expected text, got number"; `where` locates the error.
Result<Value> value_from_scalar(const ColumnInfo& column, const JsonScalar& s, const std::string& where);

nlohmann::json value_to_json(const Value& v);
// A value as JSON scalar text: null, 42, "text" (the form conflict values are stored in).
std::string value_json_text(const Value& v);
// A JSON value checked against a column's declared type; `where` locates the error (e.g. "$.rows.team[0].name").
Result<Value> value_from_json(const ColumnInfo& column, const nlohmann::json& j, const std::string& where);
// A JSON object {column: value} to a row in the table's column order. Unknown columns are an error, missing
// ones are null (so a NOT NULL column must be present); types are checked as table_io::check_row_types does.
Result<Row> row_from_json(const TableInfo& table, const nlohmann::json& object, const std::string& where);

// A row as compact JSON {column: value} in column order: the text SQLite's json_object gives for it.
std::string row_json_text(const TableInfo& table, const Row& row);

// SQL expression building a row's canonical JSON text with SQLite's json_object, over the table's columns
// prefixed by `alias.` (e.g. "t"), or over numbered parameters ?first, ?first+1, ... when alias is empty.
// Local rows and base rows are both written through it, so equal rows have byte-identical texts.
std::string json_object_sql(const TableInfo& table, const std::string& alias, int first_param = 1);

}  // namespace overblik::sync

#include "core/sync/row_json.h"

#include <limits>

namespace overblik::sync {

using nlohmann::json;

json value_to_json(const Value& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* t = std::get_if<std::string>(&v)) return *t;
  return nullptr;
}

std::string value_json_text(const Value& v) {
  return value_to_json(v).dump();
}

Result<Value> value_from_json(const ColumnInfo& column, const json& j, const std::string& where) {
  if (j.is_null()) {
    if (column.not_null) return Error{where, "must not be null"};
    return Value{};
  }
  if (column.type == ColumnType::integer) {
    if (j.is_number_integer()) {
      if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        return Error{where, "integer out of range"};
      return Value{j.get<int64_t>()};
    }
    return Error{where, std::string("expected integer, got ") + j.type_name()};
  }
  if (j.is_string()) return Value{j.get<std::string>()};
  return Error{where, std::string("expected text, got ") + j.type_name()};
}

Result<Row> row_from_json(const TableInfo& table, const json& object, const std::string& where) {
  if (!object.is_object()) return Error{where, std::string("a row must be an object, got ") + object.type_name()};
  Row row(table.columns.size());
  size_t found = 0;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const ColumnInfo& c = table.columns[i];
    auto it = object.find(c.name);
    if (it == object.end()) {
      if (c.not_null) return Error{where + "." + c.name, "missing"};
      continue;
    }
    ++found;
    auto v = value_from_json(c, *it, where + "." + c.name);
    if (!v) return v.error();
    row[i] = std::move(v.value());
  }
  if (found != object.size()) {
    for (auto it = object.begin(); it != object.end(); ++it)
      if (table.column_index(it.key()) < 0) return Error{where + "." + it.key(), "no such column in " + table.name};
  }
  return row;
}

std::string row_json_text(const TableInfo& table, const Row& row) {
  std::string out = "{";
  for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
    if (i) out += ',';
    out.append(json(table.columns[i].name).dump()).append(":").append(value_json_text(row[i]));
  }
  return out + "}";
}

std::string json_object_sql(const TableInfo& table, const std::string& alias, int first_param) {
  std::string sql = "json_object(";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const std::string& name = table.columns[i].name;
    sql.append(i ? ",'" : "'").append(name).append("',");
    if (alias.empty())
      sql.append("?").append(std::to_string(first_param + static_cast<int>(i)));
    else
      sql.append(alias).append(".\"").append(name).append("\"");
  }
  return sql + ")";
}

}  // namespace overblik::sync

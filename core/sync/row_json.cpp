#include "core/sync/row_json.h"

#include <charconv>
#include <limits>

namespace overblik::sync {

using nlohmann::json;

json value_to_json(const Value& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* t = std::get_if<std::string>(&v)) return *t;
  return nullptr;
}

namespace {

// A string as a JSON string literal, escaped as SQLite's json_object (and nlohmann's dump) escape it: '"', '\\',
// the short forms \b \t \n \f \r, other control characters as \u00xx; every other byte as it is.
void append_json_string(std::string& out, const std::string& s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t plain = 0;  // start of the run of bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, plain, i - plain);
    plain = i + 1;
    out += '\\';
    switch (c) {
      case '\b':
        out += 'b';
        break;
      case '\t':
        out += 't';
        break;
      case '\n':
        out += 'n';
        break;
      case '\f':
        out += 'f';
        break;
      case '\r':
        out += 'r';
        break;
      case '"':
      case '\\':
        out += static_cast<char>(c);
        break;
      default:
        out.append("u00").append(1, kHex[c >> 4]).append(1, kHex[c & 0xf]);
    }
  }
  out.append(s, plain, s.size() - plain);
  out += '"';
}

void append_value(std::string& out, const Value& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, *n).ptr;
    out.append(digits, end);
  } else if (const auto* t = std::get_if<std::string>(&v)) {
    append_json_string(out, *t);
  } else {
    out += "null";
  }
}

}  // namespace

std::string value_json_text(const Value& v) {
  std::string out;
  append_value(out, v);
  return out;
}

const char* json_kind_name(JsonKind k) {
  switch (k) {
    case JsonKind::null:
      return "null";
    case JsonKind::boolean:
      return "boolean";
    case JsonKind::string:
      return "string";
    case JsonKind::object:
      return "object";
    case JsonKind::array:
      return "array";
    case JsonKind::integer:
    case JsonKind::unsigned_integer:
    case JsonKind::floating:
      break;
  }
  return "number";
}

Result<Value> value_from_scalar(const ColumnInfo& column, const JsonScalar& s, const std::string& where) {
  if (s.kind == JsonKind::null) {
    if (column.not_null) return Error{where, "must not be null"};
    return Value{};
  }
  if (column.type == ColumnType::integer) {
    if (s.kind == JsonKind::integer) return Value{s.integer};
    if (s.kind == JsonKind::unsigned_integer) {
      if (s.unsigned_integer > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        return Error{where, "integer out of range"};
      return Value{static_cast<int64_t>(s.unsigned_integer)};
    }
    return Error{where, std::string("expected integer, got ") + json_kind_name(s.kind)};
  }
  if (s.kind == JsonKind::string) return Value{std::move(*s.text)};
  return Error{where, std::string("expected text, got ") + json_kind_name(s.kind)};
}

Result<Value> value_from_json(const ColumnInfo& column, const json& j, const std::string& where) {
  JsonScalar s;
  std::string text;
  if (j.is_null()) {
    s.kind = JsonKind::null;
  } else if (j.is_boolean()) {
    s.kind = JsonKind::boolean;
  } else if (j.is_number_unsigned()) {
    s.kind = JsonKind::unsigned_integer;
    s.unsigned_integer = j.get<uint64_t>();
  } else if (j.is_number_integer()) {
    s.kind = JsonKind::integer;
    s.integer = j.get<int64_t>();
  } else if (j.is_number()) {
    s.kind = JsonKind::floating;
  } else if (j.is_string()) {
    s.kind = JsonKind::string;
    text = j.get<std::string>();
    s.text = &text;
  } else {
    s.kind = j.is_array() ? JsonKind::array : JsonKind::object;
  }
  return value_from_scalar(column, s, where);
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
  // Written by hand: nlohmann's dump of each name and value cost more than the rest of a merge's row.
  std::string out;
  out.reserve(256);
  out += '{';
  for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, table.columns[i].name);
    out += ':';
    append_value(out, row[i]);
  }
  out += '}';
  return out;
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

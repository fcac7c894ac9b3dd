#include "core/sync/delta.h"

#include <nlohmann/json.hpp>

#include "core/sync/row_json.h"

namespace overblik::sync {

using nlohmann::json;

namespace {

// Rows are already canonical JSON texts (from SQLite's json_object): splice them in without re-encoding.
void append_tables(std::string& out, const std::vector<TableInfo>& tables, const ChangedRows& rows) {
  out += '{';
  bool first_table = true;
  for (size_t ti = 0; ti < tables.size() && ti < rows.by_table.size(); ++ti) {
    if (rows.by_table[ti].empty()) continue;
    out += first_table ? "" : ",";
    first_table = false;
    out += json(tables[ti].name).dump() + ":[";
    for (size_t i = 0; i < rows.by_table[ti].size(); ++i) out += (i ? "," : "") + rows.by_table[ti][i].second;
    out += ']';
  }
  out += '}';
}

}  // namespace

std::string delta_body(const std::vector<TableInfo>& tables, const ChangedRows& rows, const std::string& base,
                       const std::string& device) {
  std::string out = R"({"format":"overblik-delta","version":1,"base":)" + json(base).dump() +
                    ",\"device\":" + json(device).dump() + ",\"rows\":";
  append_tables(out, tables, rows);
  return out + "}";
}

Result<BodyKind> read_body(const std::vector<TableInfo>& tables, const std::string& text, RemoteRows& into) {
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return Error{"$", "not a JSON object"};
  auto format = doc.find("format");
  BodyKind kind;
  if (format != doc.end() && *format == "overblik-delta")
    kind = BodyKind::delta;
  else if (format != doc.end() && *format == "overblik-snapshot")
    kind = BodyKind::full;
  else
    return Error{"$.format", "expected \"overblik-delta\" or \"overblik-snapshot\""};
  auto version = doc.find("version");
  if (version == doc.end() || *version != 1) return Error{"$.version", "unsupported version (this build reads 1)"};
  const char* rows_key = kind == BodyKind::delta ? "rows" : "tables";
  auto rows = doc.find(rows_key);
  if (rows == doc.end() || !rows->is_object()) return Error{std::string("$.") + rows_key, "expected an object"};
  for (auto it = rows->begin(); it != rows->end(); ++it) {
    const std::string where = std::string("$.") + rows_key + "." + it.key();
    size_t ti = 0;
    while (ti < tables.size() && tables[ti].name != it.key()) ++ti;
    if (ti == tables.size()) return Error{where, "not a syncable table"};
    if (!it->is_array()) return Error{where, "expected an array of rows"};
    const int id_col = tables[ti].column_index("id");
    for (size_t i = 0; i < it->size(); ++i) {
      auto row = row_from_json(tables[ti], (*it)[i], where + "[" + std::to_string(i) + "]");
      if (!row) return row.error();
      const auto* id = std::get_if<std::string>(&row.value()[id_col]);
      if (!id || id->empty()) return Error{where + "[" + std::to_string(i) + "].id", "missing"};
      into[ti][*id] = std::move(row.value());
    }
  }
  return kind;
}

}  // namespace overblik::sync

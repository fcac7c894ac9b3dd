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

}  // namespace overblik::sync

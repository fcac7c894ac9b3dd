// Snapshot export: stable bytes (see snapshot.h) so the same workspace always gives the same file.
#include "core/sync/snapshot.h"
#include "core/sync/table_io.h"

namespace overblik::sync {

bool is_device_local_meta_key(std::string_view key) {
  return key == "device_id" || key == "hlc_last" || key == "id_counter";
}

namespace {

// Appends one UTF-8 code point starting at s[i] (advancing i), or U+FFFD for an invalid sequence, so the
// output is always valid JSON even if a text column ever held stray bytes.
void append_utf8(std::string& out, std::string_view s, size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const int len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
  bool valid = len > 0 && i + static_cast<size_t>(len) <= s.size() && b < 0xf5;
  for (int k = 1; valid && k < len; ++k)
    valid = (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0xc0) == 0x80;
  if (valid && len == 3) {  // no overlong forms or UTF-16 surrogates
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    valid = !(b == 0xe0 && b1 < 0xa0) && !(b == 0xed && b1 >= 0xa0);
  }
  if (valid && len == 4) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    valid = !(b == 0xf0 && b1 < 0x90) && !(b == 0xf4 && b1 >= 0x90);
  }
  if (!valid) {
    out += "\\ufffd";
    ++i;
    return;
  }
  out.append(s.substr(i, static_cast<size_t>(len)));
  i += static_cast<size_t>(len);
}

void append_string(std::string& out, std::string_view s) {
  out += '"';
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      append_utf8(out, s, i);
      continue;
    }
    ++i;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          static const char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void append_row(std::string& out, const TableInfo& t, const Row& row) {
  out += '{';
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (i) out += ',';
    append_string(out, t.columns[i].name);
    out += ':';
    if (const auto* n = std::get_if<int64_t>(&row[i]))
      out += std::to_string(*n);
    else if (const auto* s = std::get_if<std::string>(&row[i]))
      append_string(out, *s);
    else
      out += "null";
  }
  out += '}';
}

}  // namespace

Result<std::string> export_snapshot(store::Database& db) {
  auto tables = syncable_table_infos(db);
  if (!tables) return tables.error();
  std::string out = "{\"format\":";
  append_string(out, kSnapshotFormat);
  out += ",\"version\":" + std::to_string(kSnapshotVersion) + ",\n\"meta\":{";
  {
    auto st = db.prepare("SELECT key, value FROM workspace_meta ORDER BY key");
    if (!st) return st.error();
    bool first = true;
    while (st.value().step()) {
      const std::string key = st.value().text(0);
      if (is_device_local_meta_key(key)) continue;
      if (!first) out += ',';
      first = false;
      append_string(out, key);
      out += ':';
      append_string(out, st.value().text(1));
    }
    if (st.value().failed()) return Error{"workspace_meta", st.value().error()};
  }
  out += "},\n\"tables\":{\n";
  for (size_t ti = 0; ti < tables.value().size(); ++ti) {
    const TableInfo& t = tables.value()[ti];
    auto rows = read_rows(db, t);
    if (!rows) return rows.error();
    append_string(out, t.name);
    out += ":[";
    for (size_t r = 0; r < rows.value().size(); ++r) {
      out += r ? ",\n" : "\n";
      append_row(out, t, rows.value()[r]);
    }
    if (!rows.value().empty()) out += '\n';
    out += ti + 1 < tables.value().size() ? "],\n" : "]\n";
  }
  out += "}}\n";
  return out;
}

}  // namespace overblik::sync

// Snapshot import: validate and load in one pass, table by table in foreign-key order, inside one
// transaction; the first problem is reported with its JSON path and everything is rolled back.
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "core/store/schema.h"
#include "core/sync/snapshot.h"
#include "core/sync/snapshot_rules.h"
#include "core/sync/table_io.h"

namespace overblik::sync {

namespace {

using nlohmann::json;

// Finds where a malformed document goes wrong (json::parse without exceptions only says that it does).
struct ErrorLocator : nlohmann::json_sax<json> {
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception&) override {
    message = "not well-formed JSON near byte " + std::to_string(position) +
              (token.empty() ? std::string() : " ('" + token.substr(0, 20) + "')");
    return false;
  }
};

std::string describe(const json& j) {
  return j.type_name();
}

// A JSON value as the column's typed value, or an error message.
Result<Value> column_value(const ColumnInfo& c, const json& j, const std::string& where) {
  if (j.is_null()) {
    if (c.not_null) return Error{where, "must not be null"};
    return Value{};
  }
  if (c.type == ColumnType::integer) {
    if (j.is_number_integer() && !(j.is_number_unsigned() && j.get<uint64_t>() > uint64_t{INT64_MAX}))
      return Value{j.get<int64_t>()};
    return Error{where,
                 "expected an integer, got " + (j.is_number() ? std::string("a non-integer number") : describe(j))};
  }
  if (j.is_string()) return Value{j.get<std::string>()};
  return Error{where, "expected a string, got " + describe(j)};
}

struct ForeignKey {
  int column;
  std::string target;  // table name
};

Result<std::vector<ForeignKey>> foreign_keys(store::Database& db, const TableInfo& t) {
  auto st = db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)");
  if (!st) return st.error();
  st.value().bind(1, t.name);
  std::vector<ForeignKey> keys;
  while (st.value().step()) keys.push_back({t.column_index(st.value().text(1)), st.value().text(0)});
  if (st.value().failed()) return Error{t.name, st.value().error()};
  return keys;
}

class Importer {
 public:
  explicit Importer(store::Database& db) : db_(db) {}

  Status run(const json& doc) {
    if (!doc.is_object()) return Error{"$", "a snapshot is a JSON object, got " + describe(doc)};
    for (auto it = doc.begin(); it != doc.end(); ++it)
      if (it.key() != "format" && it.key() != "version" && it.key() != "meta" && it.key() != "tables")
        return Error{"$." + it.key(), "unknown key (expected format, version, meta, tables)"};
    auto format = doc.find("format");
    if (format == doc.end()) return Error{"$.format", "missing"};
    if (!format->is_string() || format->get<std::string>() != kSnapshotFormat)
      return Error{"$.format", "not an Overblik snapshot (expected \"" + std::string(kSnapshotFormat) + "\")"};
    auto version = doc.find("version");
    if (version == doc.end()) return Error{"$.version", "missing"};
    if (!version->is_number_integer()) return Error{"$.version", "expected an integer, got " + describe(*version)};
    if (*version != kSnapshotVersion)
      return Error{"$.version", "unsupported snapshot version " + version->dump() + " (this build reads version " +
                                    std::to_string(kSnapshotVersion) + ")"};
    auto tables = syncable_table_infos(db_);
    if (!tables) return tables.error();
    tables_ = std::move(tables.value());
    for (const auto& t : tables_) {
      auto n = db_.query_int("SELECT COUNT(*) FROM \"" + t.name + "\"");
      if (!n) return n.error();
      if (n.value() != 0)
        return Error{"database", "table " + t.name + " already has rows; import into an empty workspace"};
    }

    store::Transaction tx(db_);
    if (!tx.begun()) return Error{"database", "cannot begin a transaction: " + db_.last_error()};
    if (auto meta = doc.find("meta"); meta != doc.end())
      if (auto s = import_meta(*meta); !s) return s;
    auto data = doc.find("tables");
    if (data == doc.end()) return Error{"$.tables", "missing"};
    if (!data->is_object()) return Error{"$.tables", "expected an object, got " + describe(*data)};
    for (auto it = data->begin(); it != data->end(); ++it) {
      bool known = false;
      for (const auto& t : tables_) known = known || t.name == it.key();
      if (!known) return Error{"$.tables." + it.key(), "unknown table"};
    }
    for (const auto& t : tables_)
      if (auto rows = data->find(t.name); rows != data->end())
        if (auto s = import_table(t, *rows); !s) return s;
    return tx.commit();
  }

 private:
  Status import_meta(const json& meta) {
    if (!meta.is_object()) return Error{"$.meta", "expected an object, got " + describe(meta)};
    auto st = db_.prepare("INSERT INTO workspace_meta(key, value) VALUES(?, ?)");
    if (!st) return st.error();
    for (auto it = meta.begin(); it != meta.end(); ++it) {
      const std::string where = "$.meta." + it.key();
      if (is_device_local_meta_key(it.key())) return Error{where, "device-local key, never part of a snapshot"};
      if (!it->is_string()) return Error{where, "expected a string, got " + describe(*it)};
      st.value().reset();
      st.value().bind(1, it.key()).bind(2, it->get<std::string>());
      st.value().step();
      if (st.value().failed()) return Error{where, st.value().error()};
    }
    return ok_status();
  }

  Status import_table(const TableInfo& t, const json& rows) {
    const std::string path = "$.tables." + t.name;
    if (!rows.is_array()) return Error{path, "expected an array of rows, got " + describe(rows)};
    auto fks = foreign_keys(db_, t);
    if (!fks) return fks.error();
    const auto rules = value_rules(t);
    const auto orders = order_rules(t);
    auto writer = RowWriter::open(db_, t, WriteMode::insert);
    if (!writer) return writer.error();
    auto& ids = ids_[t.name];
    ids.reserve(rows.size());
    Row row(t.columns.size());
    for (size_t r = 0; r < rows.size(); ++r) {
      const std::string at = path + "[" + std::to_string(r) + "]";
      const json& obj = rows[r];
      if (!obj.is_object()) return Error{at, "a row is an object, got " + describe(obj)};
      for (size_t c = 0; c < t.columns.size(); ++c) {
        const ColumnInfo& col = t.columns[c];
        const std::string where = at + "." + col.name;
        auto it = obj.find(col.name);
        if (it == obj.end()) return Error{where, "missing"};
        auto v = column_value(col, *it, where);
        if (!v) return v.error();
        row[c] = std::move(v.value());
        if (auto problem = rules[c].problem(row[c])) return Error{where, *problem};
      }
      if (obj.size() != t.columns.size())
        for (auto it = obj.begin(); it != obj.end(); ++it)
          if (t.column_index(it.key()) < 0) return Error{at + "." + it.key(), "unknown column of " + t.name};
      const auto* id_value = std::get_if<std::string>(&row[0]);  // "id" comes first in every syncable table
      const std::string id = id_value ? *id_value : std::string();
      if (id.empty()) return Error{at + ".id", "must not be empty"};
      if (!ids.insert(id).second) return Error{at + ".id", "duplicate id \"" + id.substr(0, 80) + "\""};
      for (const auto& o : orders) {
        const auto* later = std::get_if<int64_t>(&row[static_cast<size_t>(o.later)]);
        const auto* earlier = std::get_if<int64_t>(&row[static_cast<size_t>(o.earlier)]);
        if (later && earlier && *later < *earlier)
          return Error{at + "." + t.columns[static_cast<size_t>(o.later)].name,
                       "before " + t.columns[static_cast<size_t>(o.earlier)].name};
      }
      for (const auto& fk : fks.value()) {
        if (fk.column < 0) continue;
        const auto* ref = std::get_if<std::string>(&row[static_cast<size_t>(fk.column)]);
        if (!ref) continue;
        const auto& targets = ids_[fk.target];
        if (!targets.count(*ref))
          return Error{at + "." + t.columns[static_cast<size_t>(fk.column)].name,
                       "no " + fk.target + " with id \"" + ref->substr(0, 80) + "\""};
      }
      if (auto s = writer.value().write(row); !s) return Error{at, s.error().message};
    }
    return ok_status();
  }

  store::Database& db_;
  std::vector<TableInfo> tables_;
  std::unordered_map<std::string, std::unordered_set<std::string>> ids_;
};

}  // namespace

Status import_snapshot(store::Database& db, std::string_view text, const ImportOptions& options) {
  if (text.size() > options.max_bytes)
    return Error{"$", "snapshot is " + std::to_string(text.size()) + " bytes, over the limit of " +
                          std::to_string(options.max_bytes) + " bytes"};
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    ErrorLocator locator;
    json::sax_parse(text.begin(), text.end(), &locator, nlohmann::detail::input_format_t::json, true);
    return Error{"$", locator.message.empty() ? "not well-formed JSON" : locator.message};
  }
  return Importer(db).run(doc);
}

}  // namespace overblik::sync

#include "core/sync/body_reader.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/sync/row_json.h"

namespace overblik::sync {

namespace {

using json = nlohmann::json;

using Kind = JsonKind;  // what a SAX event carried (row_json.h)
constexpr auto kind_name = json_kind_name;

// The rows under one top-level key ("rows" of a delta, "tables" of a full snapshot). Both are read as they come,
// since "format" may follow them; the one the format names is used.
struct Section {
  bool present = false;
  bool is_object = false;
  RemoteRows rows;
  // The first problem of each table, by table name: a parsed document's tables are met in byte order, so the
  // first of these is the problem reading that document reported.
  std::map<std::string, Error> errors;
};

class BodyReader : public nlohmann::json_sax<json> {
 public:
  explicit BodyReader(const std::vector<TableInfo>& tables) : tables_(tables) {}

  Result<BodyKind> finish(bool well_formed, RemoteRows& into) {
    if (!well_formed || !top_is_object_) return Error{"$", "not a JSON object"};
    BodyKind kind;
    if (format_ == "overblik-delta")
      kind = BodyKind::delta;
    else if (format_ == "overblik-snapshot")
      kind = BodyKind::full;
    else
      return Error{"$.format", "expected \"overblik-delta\" or \"overblik-snapshot\""};
    if (!version_one_) return Error{"$.version", "unsupported version (this build reads 1)"};
    const size_t section = kind == BodyKind::delta ? 0 : 1;
    Section& s = sections_[section];
    if (!s.present || !s.is_object) return Error{std::string("$.") + kSectionKeys[section], "expected an object"};
    if (!s.errors.empty()) return s.errors.begin()->second;
    for (size_t ti = 0; ti < into.size() && ti < s.rows.size(); ++ti) {
      if (into[ti].empty())
        into[ti].swap(s.rows[ti]);
      else
        for (auto& [id, row] : s.rows[ti]) into[ti].insert_or_assign(id, std::move(row));
    }
    return kind;
  }

  // Scalars.
  bool null() override { return scalar(Kind::null); }
  bool boolean(bool) override { return scalar(Kind::boolean); }
  bool number_integer(number_integer_t v) override {
    integer_ = v;
    return scalar(Kind::integer);
  }
  bool number_unsigned(number_unsigned_t v) override {
    unsigned_ = v;
    return scalar(Kind::unsigned_integer);
  }
  bool number_float(number_float_t v, const string_t&) override {
    floating_ = v;
    return scalar(Kind::floating);
  }
  bool string(string_t& v) override {
    string_ = &v;
    return scalar(Kind::string);
  }
  bool binary(binary_t&) override { return false; }  // not reached: JSON text has no binary values

  // Containers.
  bool start_object(std::size_t) override { return open(Kind::object); }
  bool start_array(std::size_t) override { return open(Kind::array); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override;

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  static constexpr const char* kSectionKeys[2] = {"rows", "tables"};
  enum class TopKey : uint8_t { format, version, rows, tables, other };
  enum Level : uint8_t { outside, top, section, table, row };
  static constexpr int kSkip = -1;

  bool scalar(Kind k);
  bool open(Kind k);
  bool close();
  void set_field(Kind k);
  void finish_row();
  void fail(std::string where, std::string message) {  // the rest of the table is then only syntax-checked
    if (!table_failed_) current_->errors.emplace(table_key_, Error{std::move(where), std::move(message)});
    table_failed_ = true;
  }
  std::string section_path() const { return std::string("$.") + kSectionKeys[current_ == &sections_[0] ? 0 : 1]; }
  std::string table_path() const { return section_path() + "." + tables_[table_].name; }
  std::string row_path() const { return table_path() + "[" + std::to_string(row_index_) + "]"; }

  const std::vector<TableInfo>& tables_;
  Level level_ = outside;
  int skip_ = 0;  // depth inside a value being skipped (not needed, or already known to be wrong)
  bool top_is_object_ = false;
  std::string format_;
  bool version_one_ = false;
  TopKey top_key_ = TopKey::other;
  Section sections_[2];
  Section* current_ = nullptr;
  int table_ = kSkip;          // index into tables_ of the table being read, or kSkip
  std::string table_key_;      // its key in the section
  bool table_failed_ = false;  // it has a problem already
  size_t row_index_ = 0;
  int column_ = kSkip;  // column of the field whose value comes next, or kSkip for an unknown key
  // The row being read: values, which columns were given, the last value problem per column (a repeated key's
  // last value counts, as in a parsed document), and the first unknown key in byte order.
  Row row_;
  std::vector<char> seen_;
  std::vector<std::string> problem_;
  size_t problems_ = 0;
  std::optional<std::string> unknown_;
  // The scalar of the current event.
  int64_t integer_ = 0;
  uint64_t unsigned_ = 0;
  double floating_ = 0;
  string_t* string_ = nullptr;
};

bool BodyReader::key(string_t& k) {
  if (skip_) return true;
  switch (level_) {
    case top:
      top_key_ = k == "format"    ? TopKey::format
                 : k == "version" ? TopKey::version
                 : k == "rows"    ? TopKey::rows
                 : k == "tables"  ? TopKey::tables
                                  : TopKey::other;
      if (top_key_ == TopKey::rows || top_key_ == TopKey::tables) {  // a repeated key: its last value counts
        current_ = &sections_[top_key_ == TopKey::rows ? 0 : 1];
        *current_ = Section{true, false, RemoteRows(tables_.size()), {}};
      }
      break;
    case section: {
      table_ = kSkip;
      table_key_ = k;
      table_failed_ = false;
      current_->errors.erase(k);  // a repeated table: its last array counts
      size_t ti = 0;
      while (ti < tables_.size() && tables_[ti].name != k) ++ti;
      if (ti == tables_.size()) {
        fail(section_path() + "." + k, "not a syncable table");
        break;
      }
      table_ = static_cast<int>(ti);
      current_->rows[ti].clear();
      break;
    }
    case row: {
      const auto& columns = tables_[table_].columns;
      column_ = kSkip;
      for (size_t c = 0; c < columns.size() && column_ == kSkip; ++c)
        if (columns[c].name == k) column_ = static_cast<int>(c);
      if (column_ == kSkip && (!unknown_ || k < *unknown_)) unknown_ = k;
      break;
    }
    default:
      break;
  }
  return true;
}

bool BodyReader::scalar(Kind k) {
  if (skip_) return true;
  switch (level_) {
    case outside:
      return true;  // not an object: finish() says so
    case top:
      if (top_key_ == TopKey::format)
        format_ = k == Kind::string ? *string_ : std::string();
      else if (top_key_ == TopKey::version)  // compared as a number, as json == 1 does: 1 and 1.0 are both 1
        version_one_ = (k == Kind::integer && integer_ == 1) || (k == Kind::unsigned_integer && unsigned_ == 1) ||
                       (k == Kind::floating && floating_ == 1.0);
      break;
    case section:
      if (table_ != kSkip) fail(table_path(), "expected an array of rows");
      break;
    case table:
      fail(row_path(), std::string("a row must be an object, got ") + kind_name(k));
      ++row_index_;
      break;
    case row:
      if (column_ != kSkip) set_field(k);
      break;
  }
  return true;
}

bool BodyReader::open(Kind k) {
  if (skip_) {
    ++skip_;
    return true;
  }
  switch (level_) {
    case outside:
      top_is_object_ = k == Kind::object;
      if (top_is_object_)
        level_ = top;
      else
        skip_ = 1;
      break;
    case top:
      if (top_key_ == TopKey::rows || top_key_ == TopKey::tables) {
        current_->is_object = k == Kind::object;
        if (current_->is_object) {
          level_ = section;
          break;
        }
      } else if (top_key_ == TopKey::format) {
        format_.clear();
      } else if (top_key_ == TopKey::version) {
        version_one_ = false;
      }
      skip_ = 1;
      break;
    case section:
      if (table_ != kSkip && k == Kind::array) {
        level_ = table;
        row_index_ = 0;
        break;
      }
      if (table_ != kSkip) fail(table_path(), "expected an array of rows");
      skip_ = 1;
      break;
    case table:
      if (table_failed_ || k != Kind::object) {
        fail(row_path(), std::string("a row must be an object, got ") + kind_name(k));
        ++row_index_;
        skip_ = 1;
        break;
      }
      level_ = row;
      row_.assign(tables_[table_].columns.size(), Value{});
      seen_.assign(row_.size(), 0);
      if (problems_) problem_.assign(row_.size(), std::string());
      problem_.resize(row_.size());
      problems_ = 0;
      unknown_.reset();
      break;
    case row:
      if (column_ != kSkip) set_field(k);
      skip_ = 1;
      break;
  }
  return true;
}

bool BodyReader::close() {
  if (skip_) {
    --skip_;
    return true;
  }
  switch (level_) {
    case row:
      finish_row();
      ++row_index_;
      level_ = table;
      break;
    case table:
      level_ = section;
      table_ = kSkip;
      break;
    case section:
      level_ = top;
      break;
    default:
      level_ = outside;
      break;
  }
  return true;
}

// A field's value checked against its column's declared type: the same check as a parsed document's (row_json).
void BodyReader::set_field(Kind k) {
  const size_t c = static_cast<size_t>(column_);
  const ColumnInfo& col = tables_[table_].columns[c];
  seen_[c] = 1;
  std::string problem;
  auto value = value_from_scalar(col, JsonScalar{k, integer_, unsigned_, string_}, std::string());
  if (value)
    row_[c] = std::move(value).value();
  else
    problem = value.error().message;
  if (!problem.empty() || !problem_[c].empty()) {
    problems_ += problem.empty() ? 0 : 1;
    problem_[c] = std::move(problem);
  }
}

void BodyReader::finish_row() {
  if (table_failed_) return;
  const TableInfo& t = tables_[table_];
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (problems_ && !problem_[c].empty()) return fail(row_path() + "." + t.columns[c].name, problem_[c]);
    if (!seen_[c] && t.columns[c].not_null) return fail(row_path() + "." + t.columns[c].name, "missing");
  }
  if (unknown_) return fail(row_path() + "." + *unknown_, "no such column in " + t.name);
  const int id_col = t.column_index("id");
  const auto* id = id_col < 0 ? nullptr : std::get_if<std::string>(&row_[static_cast<size_t>(id_col)]);
  if (!id || id->empty()) return fail(row_path() + ".id", "missing");
  current_->rows[static_cast<size_t>(table_)].insert_or_assign(*id, std::move(row_));
}

}  // namespace

Result<BodyKind> read_body(const std::vector<TableInfo>& tables, std::string_view text, RemoteRows& into) {
  BodyReader reader(tables);
  const bool well_formed = json::sax_parse(text.begin(), text.end(), &reader, nlohmann::detail::input_format_t::json,
                                           /*strict=*/true);
  return reader.finish(well_formed, into);
}

}  // namespace overblik::sync

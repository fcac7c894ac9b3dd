#include "core/store/change_writer.h"

#include <nlohmann/json.hpp>

namespace overblik::store {

std::string json_scalar(const Value& v) {
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<std::string>(v))
    return nlohmann::json(std::get<std::string>(v)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return "null";
}

Value read_value(Statement& st, int col) {
  switch (sqlite3_column_type(st.raw(), col)) {
    case SQLITE_NULL:
      return std::monostate{};
    case SQLITE_INTEGER:
      return st.int64(col);
    default:
      return st.text(col);
  }
}

int64_t as_int(const Value& v) {
  return std::holds_alternative<int64_t>(v) ? std::get<int64_t>(v) : 0;
}
std::optional<int64_t> as_opt_int(const Value& v) {
  if (std::holds_alternative<int64_t>(v)) return std::get<int64_t>(v);
  return std::nullopt;
}
std::string as_text(const Value& v) {
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : "";
}

static void bind_value(Statement& st, int i, const Value& v) {
  if (std::holds_alternative<int64_t>(v))
    st.bind(i, std::get<int64_t>(v));
  else if (std::holds_alternative<std::string>(v))
    st.bind(i, std::get<std::string>(v));
  else
    st.bind_null(i);
}

Status ChangeWriter::log(std::string_view table, const std::string& id, std::string_view field, const Value* old_value,
                         const Value& new_value) {
  auto st = db_.prepare(
      "INSERT INTO change_log(entity,entity_id,field,old_value,new_value,device,hlc,command) VALUES(?,?,?,?,?,?,?,?)");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, table).bind(2, id).bind(3, field);
  if (old_value)
    s.bind(4, json_scalar(*old_value));
  else
    s.bind_null(4);
  s.bind(5, json_scalar(new_value)).bind(6, device_).bind(7, hlc_).bind(8, command_);
  s.step();
  if (s.failed()) return Error{std::string(table) + "." + std::string(field), s.error()};
  ++changed_;
  return ok_status();
}

Status ChangeWriter::insert(std::string_view table, const std::string& id, const std::vector<FieldValue>& fields) {
  std::string sql = "INSERT INTO " + std::string(table) + "(id,hlc,device,deleted";
  std::string params = "?,?,?,0";
  for (const auto& f : fields) {
    sql.append(",").append(f.field);
    params += ",?";
  }
  sql += ") VALUES(" + params + ")";
  auto st = db_.prepare(sql);
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, id).bind(2, hlc_).bind(3, device_);
  for (size_t i = 0; i < fields.size(); ++i) bind_value(s, static_cast<int>(i) + 4, fields[i].value);
  s.step();
  if (s.failed()) return Error{std::string(table), s.error()};
  for (const auto& f : fields)
    if (auto l = log(table, id, f.field, nullptr, f.value); !l) return l;
  return ok_status();
}

Result<std::vector<Value>> ChangeWriter::read(std::string_view table, const std::string& id,
                                              const std::vector<std::string_view>& fields) {
  std::string sql = "SELECT ";
  for (size_t i = 0; i < fields.size(); ++i) sql.append(i ? "," : "").append(fields[i]);
  sql += " FROM " + std::string(table) + " WHERE id=?";
  auto st = db_.prepare(sql);
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, id);
  if (!s.step())
    return Error{std::string(table), s.failed() ? s.error() : "no " + std::string(table) + " '" + id + "'"};
  std::vector<Value> out;
  for (size_t i = 0; i < fields.size(); ++i) out.push_back(read_value(s, static_cast<int>(i)));
  return out;
}

Result<int> ChangeWriter::update(std::string_view table, const std::string& id, const std::vector<FieldValue>& fields) {
  std::vector<std::string_view> names;
  for (const auto& f : fields) names.push_back(f.field);
  auto old = read(table, id, names);
  if (!old) return old.error();
  int changed = 0;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (old.value()[i] == fields[i].value) continue;
    auto st = db_.prepare("UPDATE " + std::string(table) + " SET " + std::string(fields[i].field) + "=? WHERE id=?");
    if (!st) return st.error();
    bind_value(st.value(), 1, fields[i].value);
    st.value().bind(2, id);
    st.value().step();
    if (st.value().failed()) return Error{std::string(table) + "." + std::string(fields[i].field), st.value().error()};
    if (auto l = log(table, id, fields[i].field, &old.value()[i], fields[i].value); !l) return l.error();
    ++changed;
  }
  if (changed > 0) {
    auto st = db_.prepare("UPDATE " + std::string(table) + " SET hlc=?, device=? WHERE id=?");
    if (!st) return st.error();
    st.value().bind(1, hlc_).bind(2, device_).bind(3, id);
    st.value().step();
    if (st.value().failed()) return Error{std::string(table), st.value().error()};
  }
  return changed;
}

}  // namespace overblik::store

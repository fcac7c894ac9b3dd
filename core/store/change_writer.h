#pragma once
// The one place where commands write rows: every changed field is written together with one change_log row
// (entity, entity_id, field, old and new value as JSON scalar text, device, hlc, command), and the row's
// hlc/device are stamped. Callers run it inside a transaction (store::apply does).
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/model/hlc.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::store {

// A field value as stored: NULL, INTEGER or TEXT.
using Value = std::variant<std::monostate, int64_t, std::string>;

struct FieldValue {
  std::string_view field;  // a column name from the schema (never user input)
  Value value;
};

// JSON scalar text of a value: null, 42, "text" (escaped).
std::string json_scalar(const Value& v);
Value read_value(Statement& st, int col);
// Convenience conversions for values read back (NULL -> 0 / "" / nullopt).
int64_t as_int(const Value& v);
std::optional<int64_t> as_opt_int(const Value& v);
std::string as_text(const Value& v);
template <class T>
Value opt_value(const std::optional<T>& v) {
  if (!v) return std::monostate{};
  if constexpr (std::is_integral_v<T>)
    return static_cast<int64_t>(*v);
  else
    return std::string(*v);
}

class ChangeWriter {
 public:
  ChangeWriter(Database& db, std::string_view command, const Hlc& stamp, std::string device)
      : db_(db), command_(command), hlc_(stamp.text()), device_(std::move(device)) {}

  // Inserts a new live row; logs every field with old_value NULL.
  Status insert(std::string_view table, const std::string& id, const std::vector<FieldValue>& fields);
  // Writes the fields that differ from the stored row and logs each; stamps hlc/device when anything changed.
  // Returns the number of changed fields.
  Result<int> update(std::string_view table, const std::string& id, const std::vector<FieldValue>& fields);
  // Reads fields of a row (any state, including deleted); an error if there is no such row.
  Result<std::vector<Value>> read(std::string_view table, const std::string& id,
                                  const std::vector<std::string_view>& fields);

  int changed_fields() const { return changed_; }

 private:
  Status log(std::string_view table, const std::string& id, std::string_view field, const Value* old_value,
             const Value& new_value);

  Database& db_;
  std::string command_;
  std::string hlc_;
  std::string device_;
  int changed_ = 0;
};

}  // namespace overblik::store

#pragma once
// The schema's domain rules (CHECK constraints and conventions: enums, ranges, day numbers, 0/1 flags, clock
// stamps, end >= start) as data, so a snapshot import can name the exact JSON path of a bad value before
// SQLite would reject the row with a less precise message.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sync/table_io.h"

namespace overblik::sync {

struct ValueRule {
  enum class Kind { none, one_of, range, day, month_start, flag, clock } kind = Kind::none;
  std::vector<std::string_view> values;  // one_of
  int64_t lo = 0, hi = 0;                // range (inclusive)
  // What is wrong with the value, or nullopt if it is acceptable (null is acceptable here: NOT NULL is
  // checked from the column declarations).
  std::optional<std::string> problem(const Value& v) const;
};

// The rule of each column of the table, in column order (Kind::none where the column has no domain rule).
std::vector<ValueRule> value_rules(const TableInfo& table);

// Pairs of columns (later, earlier) where later must not be before earlier, e.g. child_case (closed, opened).
struct OrderRule {
  int later, earlier;  // column positions in the table
};
std::vector<OrderRule> order_rules(const TableInfo& table);

}  // namespace overblik::sync

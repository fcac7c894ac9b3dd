#include "core/sync/snapshot_rules.h"

#include "core/model/date.h"
#include "core/model/hlc.h"

namespace overblik::sync {

namespace {

using Kind = ValueRule::Kind;

// Day-number columns, by name (the same name means a day in every table).
constexpr std::string_view kDayColumns[] = {"birth_date",   "opened",  "closed",         "received",    "assessed",
                                            "receipt_sent", "started", "completed",      "decided",     "signed",
                                            "target_date",  "start",   "planned_stop",   "end",         "done",
                                            "next_due",     "visited", "effective_from", "effective_to"};
constexpr std::string_view kFlagColumns[] = {"deleted", "professional_reporter", "youth_plan", "school_goal",
                                             "child_conversation"};
constexpr int64_t kMaxInt = INT64_MAX;

ValueRule one_of(std::vector<std::string_view> v) {
  return {Kind::one_of, std::move(v), 0, 0};
}
ValueRule range(int64_t lo, int64_t hi) {
  return {Kind::range, {}, lo, hi};
}

ValueRule rule_for(std::string_view table, std::string_view column) {
  // Monthly actuals are keyed by the day number of the month's first day (schema comment on `actual`).
  if (column == "month") return {Kind::month_start, {}, 0, 0};
  for (auto d : kDayColumns)
    if (column == d) return {Kind::day, {}, 0, 0};
  for (auto f : kFlagColumns)
    if (column == f) return {Kind::flag, {}, 0, 0};
  if (column == "hlc") return {Kind::clock, {}, 0, 0};
  if (column == "measure_group") return one_of({"preventive", "placement", "other"});
  if (column == "price_unit" || column == "default_price_unit") return one_of({"day", "month", "year"});
  if (column == "year" || column == "price_level_year") return range(1900, 2200);
  if (column == "price_ore" || column == "default_price_ore") return range(0, kMaxInt);
  if (table == "provider" && column == "kind") return one_of({"internal", "external"});
  if (table == "rule_set" && column == "kind") return one_of({"law", "local"});
  if (table == "child_case" && column == "status") return one_of({"open", "closed"});
  if (table == "rule" && column == "unit") return one_of({"hours", "days", "working_days", "weeks", "months"});
  if (column == "fte_milli") return range(0, 1000);
  if (column == "ladder_step") return range(1, 6);
  if (column == "concern_level") return range(1, 5);
  if (column == "follow_up_cadence_months") return range(1, 12);
  if (column == "progress_score") return range(1, 10);
  if (column == "case_weight_milli" || column == "due_offset") return range(1, kMaxInt);
  return {};
}

// The value quoted for a message, cut at 40 bytes. Built by appending: GCC 12 warns falsely (-Wrestrict) on
// `"'" + std::string&&` once inlined.
std::string quoted(const std::string& text) {
  std::string q(1, '\'');
  q.append(text, 0, 40).push_back('\'');
  return q;
}

const Day kFirstDay = day_from_civil(1900, 1, 1);
const Day kLastDay = day_from_civil(2200, 12, 31);

}  // namespace

std::optional<std::string> ValueRule::problem(const Value& v) const {
  if (is_null(v) || kind == Kind::none) return std::nullopt;
  const auto* n = std::get_if<int64_t>(&v);
  const auto* t = std::get_if<std::string>(&v);
  switch (kind) {
    case Kind::none:
      break;
    case Kind::one_of: {
      if (!t) break;
      for (auto x : values)
        if (*t == x) return std::nullopt;
      std::string list;
      for (auto x : values) list += (list.empty() ? "" : ", ") + std::string(x);
      return quoted(*t) + " is not one of " + list;
    }
    case Kind::range:
      if (n && (*n < lo || *n > hi))
        return std::to_string(*n) + " is out of range (" + std::to_string(lo) +
               (hi == INT64_MAX ? std::string(" or more)") : std::string("-").append(std::to_string(hi)) + ")");
      break;
    case Kind::day:
      if (n && (*n < kFirstDay || *n > kLastDay))
        return std::to_string(*n) + " is not a day number between 1900-01-01 and 2200-12-31";
      break;
    case Kind::month_start:
      if (n && (*n < kFirstDay || *n > kLastDay || civil_from_day(*n).day != 1))
        return std::to_string(*n) + " is not the day number of a month's first day";
      break;
    case Kind::flag:
      if (n && *n != 0 && *n != 1) return std::to_string(*n) + " is not 0 or 1";
      break;
    case Kind::clock:
      if (t && !parse_hlc(*t)) return quoted(*t) + " is not a clock stamp (WWWWWWWWWWWWW.CCCCC)";
      break;
  }
  return std::nullopt;
}

std::vector<ValueRule> value_rules(const TableInfo& table) {
  std::vector<ValueRule> rules;
  for (const auto& c : table.columns) rules.push_back(rule_for(table.name, c.name));
  return rules;
}

std::vector<OrderRule> order_rules(const TableInfo& table) {
  static const std::pair<std::string_view, std::string_view> kPairs[] = {{"closed", "opened"},
                                                                         {"completed", "started"},
                                                                         {"end", "start"},
                                                                         {"planned_stop", "start"},
                                                                         {"effective_to", "effective_from"}};
  std::vector<OrderRule> rules;
  for (auto [later, earlier] : kPairs) {
    const int l = table.column_index(later), e = table.column_index(earlier);
    if (l >= 0 && e >= 0) rules.push_back({l, e});
  }
  return rules;
}

}  // namespace overblik::sync

#include "core/sync/conflict_values.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <optional>

#include "core/model/date.h"
#include "core/model/money.h"
#include "nlohmann/json.hpp"

namespace overblik::sync {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<int64_t> integer_of(std::string_view s) {
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// "-1.234,50" → øre; negative amounts are allowed here (actuals and budgets may be), a price column's own
// CHECK refuses them when the row is written.
Result<Ore> signed_kroner(std::string_view text) {
  const bool negative = !text.empty() && text.front() == '-';
  auto amount = parse_kroner(negative ? text.substr(1) : text);
  if (!amount) return amount.error();
  return negative ? -amount.value() : amount.value();
}

// "0,5" / "1" / "0,250" → thousandths.
Result<int64_t> thousandths(std::string_view text) {
  const auto comma = text.find_first_of(",.");
  const auto whole = integer_of(text.substr(0, comma));
  std::string_view frac = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
  if (!whole || *whole < 0 || frac.size() > 3 ||
      !std::all_of(frac.begin(), frac.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Error{"", "expected a number with at most three decimals, got '" + std::string(text.substr(0, 40)) + "'"};
  int64_t milli = *whole * 1000;
  int64_t scale = 100;
  for (char c : frac) {
    milli += (c - '0') * scale;
    scale /= 10;
  }
  return milli;
}

// Integers only, as everywhere money and counts are shown: "1.234" + "," + up to three decimals.
std::string decimal_text(int64_t value, int64_t per_unit, int digits) {
  const std::string sign = value < 0 ? "-" : "";
  // The magnitude in unsigned arithmetic: -INT64_MIN does not fit an int64.
  const uint64_t a = value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  const auto unit = static_cast<uint64_t>(per_unit);
  std::string frac = std::to_string(a % unit);
  frac.insert(0, static_cast<size_t>(digits) - frac.size(), '0');
  return sign + format_thousands(static_cast<int64_t>(a / unit)) + "," + frac;
}

}  // namespace

FieldKind field_kind(std::string_view field, ColumnType type) {
  if (type == ColumnType::text) return FieldKind::text;
  static constexpr std::string_view kDates[] = {
      "birth_date", "opened",   "closed",  "received",    "assessed",       "receipt_sent", "started",
      "completed",  "decided",  "signed",  "target_date", "start",          "planned_stop", "end",
      "done",       "next_due", "visited", "month",       "effective_from", "effective_to"};
  if (std::find(std::begin(kDates), std::end(kDates), field) != std::end(kDates)) return FieldKind::date;
  if (ends_with(field, "_ore")) return FieldKind::money;
  if (ends_with(field, "_milli")) return FieldKind::milli;
  return FieldKind::integer;
}

std::string value_text(FieldKind kind, const std::string& value_json) {
  const auto parsed = nlohmann::json::parse(value_json, nullptr, false);
  if (parsed.is_discarded()) return value_json;
  if (parsed.is_null()) return "";
  if (parsed.is_string()) return parsed.get<std::string>();
  if (!parsed.is_number_integer()) return value_json;
  const int64_t v = parsed.get<int64_t>();
  switch (kind) {
    case FieldKind::date:
      return v >= -25567 && v <= 84000 ? format_danish_date(static_cast<Day>(v)) : value_json;  // 1900..2199
    case FieldKind::money:
      return decimal_text(v, 100, 2);  // "1.234,50": øre shown exactly, never rounded away
    case FieldKind::milli: {
      std::string text = decimal_text(v, 1000, 3);
      while (text.back() == '0') text.pop_back();  // "0,500" → "0,5"; "1,000" → "1"
      if (text.back() == ',') text.pop_back();
      return text;
    }
    case FieldKind::integer:
    case FieldKind::text:
      break;
  }
  return value_json;
}

Result<std::string> value_json_from_text(FieldKind kind, bool nullable, std::string_view typed,
                                         const std::string& where) {
  const std::string_view text = kind == FieldKind::text ? typed : trimmed(typed);
  if (text.empty() && nullable) return std::string("null");
  if (kind == FieldKind::text) return nlohmann::json(std::string(text)).dump();
  if (text.empty()) return Error{where, "must not be empty"};
  const auto located = [&](const Error& e) { return Error{where, e.message}; };
  switch (kind) {
    case FieldKind::date: {
      auto day = parse_danish_date(text);
      if (!day) return located(day.error());
      return std::to_string(day.value());
    }
    case FieldKind::money: {
      auto ore = signed_kroner(text);
      if (!ore) return located(ore.error());
      return std::to_string(ore.value());
    }
    case FieldKind::milli: {
      auto milli = thousandths(text);
      if (!milli) return located(milli.error());
      return std::to_string(milli.value());
    }
    case FieldKind::integer: {
      const auto v = integer_of(text);
      if (!v) return Error{where, "expected a whole number, got '" + std::string(text.substr(0, 40)) + "'"};
      return std::to_string(*v);
    }
    case FieldKind::text:
      break;
  }
  return Error{where, "unknown field kind"};
}

}  // namespace overblik::sync

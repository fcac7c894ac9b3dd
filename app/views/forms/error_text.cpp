#include "app/views/forms/error_text.h"

#include <string_view>

#include "app/i18n/casework_text.h"
#include "core/model/date.h"

namespace overblik::app::views::forms {

namespace t = casework_text;
using i18n::tr;

namespace {

bool starts(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool ends(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// An ISO date from the core as dd-mm-åååå; other text unchanged.
std::string danish_date(std::string_view iso) {
  auto day = parse_iso_date(iso);
  return day ? format_danish_date(day.value()) : std::string(iso);
}

// The core's names of what a date must not precede (Ctx::not_before) and of rows (entity_name).
std::string_view danish_name(std::string_view english) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"the case's opening", "sagens oprettelse"},
      {"the follow-up", "opfølgningen"},
      {"the start", "starten"},
      {"case", "sagen"},
      {"caseworker", "rådgiveren"},
      {"measure", "indsatsen"},
      {"measure_type", "indsatstypen"},
      {"provider", "leverandøren"},
  };
  for (const auto& [en, da] : kNames)
    if (english == en) return da;
  return {};
}

// The Danish words for a core message, or empty when its shape is unknown.
std::string danish(std::string_view m) {
  if (m == "must not be empty") return "skal udfyldes";
  if (starts(m, "date out of range")) return "datoen skal ligge mellem 1900 og 2199";
  if (starts(m, "text too long (max ")) {
    const auto digits = m.substr(19, m.find(' ', 19) - 19);
    return "teksten er for lang (højst " + std::string(digits) + " tegn)";
  }
  if (m == "a price must not be negative") return "prisen må ikke være negativ";
  if (m == "the measure belongs to another case") return "indsatsen hører til en anden sag";
  if (starts(m, "case '") && ends(m, "' is closed")) return "sagen er lukket";
  if (auto at = m.find(" is before "); at != std::string_view::npos) {
    const auto rest = m.substr(at + 11);
    const auto last = rest.rfind(' ');
    const auto what = danish_name(rest.substr(0, last));
    if (last != std::string_view::npos && !what.empty())
      return danish_date(m.substr(0, at)) + " ligger før " + std::string(what) + " " +
             danish_date(rest.substr(last + 1));
  }
  if (auto at = m.find(" is after the case was closed "); at != std::string_view::npos)
    return danish_date(m.substr(0, at)) + " ligger efter sagens lukning " + danish_date(m.substr(at + 30));
  if (auto at = m.find(" is outside "); at != std::string_view::npos)
    return std::string(m.substr(0, at)) + " ligger uden for " + std::string(m.substr(at + 12));
  if (starts(m, "no ") && ends(m, " given")) {
    const auto what = danish_name(m.substr(3, m.size() - 9));
    if (!what.empty()) return std::string(what) + " mangler";
  }
  if (starts(m, "no ")) {
    const auto what = danish_name(m.substr(3, m.find(' ', 3) - 3));
    if (!what.empty()) return std::string(what) + " findes ikke";
  }
  if (ends(m, " is deleted")) {
    const auto what = danish_name(m.substr(0, m.find(' ')));
    if (!what.empty()) return std::string(what) + " er slettet";
  }
  return {};
}

}  // namespace

std::string error_words(const Error& error) {
  if (i18n::language() != i18n::Language::Danish) return error.message;
  std::string words = danish(error.message);
  return words.empty() ? std::string("værdien blev ikke godtaget") : words;
}

std::string rejected_text(const Error& error) {
  return std::string(tr(t::kErrRejected)) + ": " + error_words(error);
}

}  // namespace overblik::app::views::forms

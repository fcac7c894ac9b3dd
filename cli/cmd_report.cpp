// overblik report: steering figures for a period and a breakdown, as JSON, CSV (Danish Excel) or a table.
// Reads the workspace only (never migrates or writes it).
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "core/model/money.h"
#include "core/steering/budget.h"
#include "core/steering/figures.h"
#include "core/store/schema.h"

namespace overblik::cli {
namespace {

using namespace overblik::steering;
using nlohmann::json;

const char* kReportUsage =
    "report FILE.db --as-of YYYY-MM-DD [--period month|quarter|year|ytd] "
    "[--by team|caseworker|group|type|ladder|provider|age|district] [--group preventive|placement|other] "
    "[--format json|csv|table]";

const char* kScopeNames[kScopeCount] = {"all", "preventive", "placement", "other"};

// Kroner with a decimal comma and no thousands separator, as Danish Excel reads it: "1234567,50".
std::string excel_kroner(Ore v) {
  const bool neg = v < 0;
  const uint64_t a = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s%llu,%02llu", neg ? "-" : "", static_cast<unsigned long long>(a / 100),
                static_cast<unsigned long long>(a % 100));
  return buf;
}

// Milli-units with a decimal comma: 110699 -> "110,699".
std::string excel_milli(int64_t v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s%lld,%03lld", v < 0 ? "-" : "", static_cast<long long>((v < 0 ? -v : v) / 1000),
                static_cast<long long>((v < 0 ? -v : v) % 1000));
  return buf;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(";\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

json row_json(const FigureRow& r) {
  return {{"key", r.key == kNone ? json(nullptr) : json(r.key)},
          {"label", std::string(r.label)},
          {"children", r.children},
          {"measures", r.measures},
          {"started", r.started},
          {"ended", r.ended},
          {"days", r.days},
          {"full_year_persons_milli", r.full_year_persons_milli},
          {"spend_ore", r.spend},
          {"average_price_ore", r.average_price},
          {"average_price_per", r.priced_per_full_year_person ? "full_year_person" : "child"}};
}

void print_json(const Figures& f, const BudgetFollowUp& b, Day as_of) {
  json out;
  out["as_of"] = format_iso_date(as_of);
  out["period"] = {{"kind", period_kind_name(f.period.kind)},
                   {"from", format_iso_date(f.period.from)},
                   {"to", format_iso_date(f.period.to)},
                   {"label", period_label(f.period)},
                   {"days", f.period.days()}};
  out["by"] = breakdown_name(f.by);
  out["group"] = kScopeNames[static_cast<int>(f.scope)];
  out["rows"] = json::array();
  for (const auto& r : f.rows) out["rows"].push_back(row_json(r));
  out["total"] = row_json(f.total);
  json budget = json::array();
  for (const auto& g : b.groups)
    budget.push_back({{"group", group_name(g.group)},
                      {"corrected_budget_ore", g.corrected_budget},
                      {"actual_ore", g.actual},
                      {"committed_ore", g.committed},
                      {"expected_new_ore", g.expected_new},
                      {"forecast_ore", g.forecast},
                      {"deviation_ore", g.deviation},
                      {"deviation_cause", g.deviation_cause}});
  out["budget"] = {{"year", b.year}, {"cutoff", format_iso_date(b.cutoff)}, {"groups", budget}};
  std::printf("%s\n", out.dump(2).c_str());
}

void print_csv(const Figures& f) {
  std::printf("\xEF\xBB\xBF");  // UTF-8 byte order mark: Excel then reads æ, ø, å correctly
  std::printf("%s;Børn;Helårspersoner;Udgift (kr.);Gennemsnitspris (kr.);Pris pr.;Tilgang;Afgang\r\n",
              breakdown_name(f.by));
  auto line = [](const FigureRow& r) {
    std::printf("%s;%d;%s;%s;%s;%s;%d;%d\r\n", csv_field(r.label).c_str(), r.children,
                excel_milli(r.full_year_persons_milli).c_str(), excel_kroner(r.spend).c_str(),
                excel_kroner(r.average_price).c_str(), r.priced_per_full_year_person ? "helårsperson" : "barn",
                r.started, r.ended);
  };
  for (const auto& r : f.rows) line(r);
  line(f.total);
}

void print_table(const Figures& f, const BudgetFollowUp& b, Day as_of) {
  std::printf("Styringstal %s (pr. %s), fordelt på %s, gruppe: %s\n\n", period_label(f.period).c_str(),
              format_danish_date(as_of).c_str(), breakdown_name(f.by), kScopeNames[static_cast<int>(f.scope)]);
  // Width in characters, not bytes (labels hold æ, ø, å).
  auto pad = [](std::string_view s, size_t w) {
    size_t chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    return std::string(s) + std::string(chars < w ? w - chars : 1, ' ');
  };
  std::printf("%s%8s %14s %20s %20s %8s %8s\n", pad("", 30).c_str(), "Børn", "Helårspersoner", "Udgift", "Gns. pris",
              "Tilgang", "Afgang");
  auto line = [&](const FigureRow& r) {
    std::printf("%s%8s %14s %20s %20s %8s %8s\n", pad(r.label, 30).c_str(), format_thousands(r.children).c_str(),
                format_decimal(r.full_year_persons, 1).c_str(), format_kroner(r.spend).c_str(),
                format_kroner(r.average_price).c_str(), format_thousands(r.started).c_str(),
                format_thousands(r.ended).c_str());
  };
  for (const auto& r : f.rows) line(r);
  line(f.total);
  std::printf("\nBudgetopfølgning %d (forbrug til %s)\n", b.year, format_danish_date(b.cutoff - 1).c_str());
  std::printf("%s%20s %20s %20s %20s %20s %20s\n", pad("", 16).c_str(), "Korr. budget", "Forbrug", "Disponeret",
              "Forventet tilgang", "Prognose", "Afvigelse");
  static const char* kGroupDa[kGroupCount] = {"Forebyggende", "Anbringelser", "Diverse"};
  for (const auto& g : b.groups) {
    std::printf("%s%20s %20s %20s %20s %20s %20s", pad(kGroupDa[static_cast<int>(g.group)], 16).c_str(),
                format_kroner(g.corrected_budget).c_str(), format_kroner(g.actual).c_str(),
                format_kroner(g.committed).c_str(), format_kroner(g.expected_new).c_str(),
                format_kroner(g.forecast).c_str(), format_kroner(g.deviation).c_str());
    std::printf("%s%s\n", g.deviation_cause.empty() ? "" : "  ", g.deviation_cause.c_str());
  }
}

int run(const Args& args) {
  if (args.positional.size() != 1)
    return fail(kUsage, std::string("expected one workspace file\nusage: overblik ") + kReportUsage);
  const std::string& path = args.positional[0];
  auto as_of_text = args.get("as-of");
  if (!as_of_text) return fail(kUsage, std::string("--as-of is required\nusage: overblik ") + kReportUsage);
  auto kind = parse_period_kind(args.get("period").value_or("year"));
  if (!kind) return fail(kUsage, kind.error().text());
  auto by = parse_breakdown(args.get("by").value_or("group"));
  if (!by) return fail(kUsage, by.error().text());
  const std::string format = args.get("format").value_or("table");
  if (format != "json" && format != "csv" && format != "table")
    return fail(kUsage, "--format: unknown format '" + format + "' (json, csv or table)");
  Scope scope = Scope::all;
  if (auto g = args.get("group")) {
    auto parsed = parse_group(*g);
    if (!parsed) return fail(kUsage, "--group: " + parsed.error().message);
    scope = scope_of(parsed.value());
  }
  auto as_of = parse_iso_date(*as_of_text);
  if (!as_of) return fail(kBadInput, "--as-of: " + as_of.error().message);

  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return fail(kBadInput, path + ": no such workspace file");
  auto db = store::Database::open(path);
  if (!db) return fail(kBadInput, path + ": " + db.error().message);
  auto version = db.value().query_int("PRAGMA user_version");
  if (!version) return fail(kBadInput, path + ": not a workspace (" + version.error().message + ")");
  if (version.value() != store::schema_version())
    return fail(kBadInput, path + ": workspace schema version " + std::to_string(version.value()) +
                               ", this build reads version " + std::to_string(store::schema_version()));
  auto facts = load_facts(db.value());
  if (!facts) return fail(kBadInput, path + ": " + facts.error().text());

  const Figures f = compute_figures(facts.value(), period_containing(kind.value(), as_of.value()), by.value(), scope);
  if (format == "csv") {
    print_csv(f);
    return kOk;
  }
  const BudgetFollowUp b = budget_follow_up(facts.value(), as_of.value());
  if (format == "json")
    print_json(f, b, as_of.value());
  else
    print_table(f, b, as_of.value());
  return kOk;
}

Register reg({"report", kReportUsage, {}, {"as-of", "period", "by", "group", "format"}, run});

}  // namespace
}  // namespace overblik::cli

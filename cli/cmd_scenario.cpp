// overblik scenario: projects a scenario spec on a workspace's baseline, optionally side by side with others.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/command.h"
#include "core/model/money.h"
#include "core/scenario/analysis.h"
#include "core/store/schema.h"

namespace overblik::cli {
namespace {

using namespace overblik::scenario;
using nlohmann::ordered_json;

Result<ScenarioSpec> read_spec(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path, "cannot read the spec file"};
  std::stringstream ss;
  ss << in.rdbuf();
  auto spec = parse_spec(ss.str());
  if (!spec) return Error{path + ": " + spec.error().where, spec.error().message};
  return spec;
}

double kr(Ore v) {
  return static_cast<double>(v) / 100.0;
}
double fyp(int64_t days, int32_t period_days) {
  return static_cast<double>(days) / period_days;
}

// Rows per level, key and period (years or months): measures, children, full-year persons, spend.
void each_row(const Projection& p, bool monthly, auto&& emit) {
  const int periods = monthly ? p.months : p.years;
  const auto& period_days = monthly ? p.month_days : p.year_days;
  for (Level l : {Level::total, Level::group, Level::ladder_step, Level::type}) {
    auto keys = level_keys(p, l);
    auto meas = roll_up(p, monthly ? p.measures_m : p.measures_y, periods, l);
    auto kids = roll_up(p, monthly ? p.children_m : p.children_y, periods, l);
    auto days = roll_up(p, monthly ? p.days_m : p.days_y, periods, l);
    auto spend = roll_up(p, monthly ? p.spend_m : p.spend_y, periods, l);
    for (size_t r = 0; r < keys.size(); ++r)
      for (int k = 0; k < periods; ++k) {
        size_t c = r * periods + k;
        emit(l, keys[r], k, meas[c], kids[c], fyp(days[c], period_days[k]), spend[c]);
      }
  }
}

std::string month_label(const Projection& p, int m) {
  CivilDate c = civil_from_day(p.start);
  int mm = c.month - 1 + m;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", c.year + mm / 12, mm % 12 + 1);
  return buf;
}

struct Report {
  ScenarioSpec spec;
  Projection projection;
  std::vector<YearDelta> vs_baseline;
  std::vector<Payback> paybacks;
  std::vector<TornadoBar> tornado;
};

ordered_json report_json(const Report& r, const Baseline& b) {
  const Projection& p = r.projection;
  ordered_json j;
  j["name"] = r.spec.name;
  j["as_of"] = format_iso_date(b.as_of);
  j["start"] = format_iso_date(p.start);
  j["years"] = ordered_json::array();
  for (const auto& d : r.vs_baseline) {
    int y = d.year - p.first_year;
    j["years"].push_back({{"year", d.year},
                          {"total_kr", kr(d.total)},
                          {"baseline_kr", kr(d.reference)},
                          {"diff_kr", kr(d.diff)},
                          {"diff_pct", d.diff_pct},
                          {"investment_kr", kr(p.investment_y[y])},
                          {"caseworker_cost_diff_kr", kr(p.staff_delta_y[y])},
                          {"target_kr", kr(d.target)},
                          {"savings_kr", kr(d.savings)},
                          {"vs_target_kr", kr(d.vs_target)},
                          {"target_pct", d.target_pct},
                          {"fte", p.fte_milli_y[y] / 1000.0},
                          {"caseload", p.caseload_milli_y[y] / 1000.0}});
  }
  auto rows = [&](bool monthly) {
    ordered_json a = ordered_json::array();
    auto emit = [&](Level l, const std::string& key, int k, int64_t m, int64_t c, double f, Ore s) {
      a.push_back({{"period", monthly ? month_label(p, k) : std::to_string(p.first_year + k)},
                   {"level", level_name(l)},
                   {"key", key},
                   {"measures", m},
                   {"children", c},
                   {"full_year_persons", f},
                   {"spend_kr", kr(s)}});
    };
    each_row(p, monthly, emit);
    return a;
  };
  j["per_year"] = rows(false);
  j["per_month"] = rows(true);
  j["payback"] = ordered_json::array();
  for (const auto& pb : r.paybacks)
    j["payback"].push_back(
        {{"lever", pb.path}, {"label", pb.label}, {"year", pb.year ? ordered_json(*pb.year) : ordered_json(nullptr)}});
  j["tornado"] = ordered_json::array();
  for (const auto& t : r.tornado)
    j["tornado"].push_back(
        {{"lever", t.path}, {"label", t.label}, {"low_diff_kr", kr(t.low_diff)}, {"high_diff_kr", kr(t.high_diff)}});
  j["assumptions"] = ordered_json::array();
  for (size_t i = 0; i < r.spec.levers.size(); ++i) {
    const Lever& l = r.spec.levers[i];
    j["assumptions"].push_back({{"lever", "$.levers[" + std::to_string(i) + "]"},
                                {"kind", lever_kind_name(l.kind)},
                                {"set_by", l.set_by},
                                {"why", l.why},
                                {"source", l.source}});
  }
  j["warnings"] = p.warnings;
  return j;
}

void print_csv(const std::vector<Report>& reports) {
  std::printf("scenario,period,level,key,measures,children,full_year_persons,spend_kr\n");
  for (const auto& r : reports) {
    const Projection& p = r.projection;
    auto emit_for = [&](bool monthly) {
      return [&, monthly](Level l, const std::string& key, int k, int64_t m, int64_t c, double f, Ore s) {
        std::string name = r.spec.name;
        for (auto& ch : name)
          if (ch == ',' || ch == '"') ch = ' ';
        std::printf("%s,%s,%s,%s,%lld,%lld,%.3f,%.2f\n", name.c_str(),
                    (monthly ? month_label(p, k) : std::to_string(p.first_year + k)).c_str(), level_name(l),
                    key.c_str(), static_cast<long long>(m), static_cast<long long>(c), f, kr(s));
      };
    };
    each_row(p, false, emit_for(false));
    each_row(p, true, emit_for(true));
  }
}

void print_table(const std::vector<Report>& reports, const Baseline& b, const Comparison* cmp) {
  for (const auto& r : reports) {
    const Projection& p = r.projection;
    std::printf("Scenario: %s (as of %s, projection from %s, %d years)\n", r.spec.name.c_str(),
                format_iso_date(b.as_of).c_str(), format_iso_date(p.start).c_str(), p.years);
    std::printf("%-6s %14s %14s %14s %8s %14s %14s %10s %9s\n", "year", "total", "baseline", "difference", "%",
                "target", "vs target", "placem.FYP", "caseload");
    auto days = roll_up(p, p.days_y, p.years, Level::group);
    for (const auto& d : r.vs_baseline) {
      int y = d.year - p.first_year;
      std::printf("%-6d %14s %14s %14s %8s %14s %14s %10s %9s\n", d.year, format_kroner(d.total).c_str(),
                  format_kroner(d.reference).c_str(), format_kroner(d.diff).c_str(), format_percent(d.diff_pct).c_str(),
                  d.target ? format_kroner(d.target).c_str() : "-", d.target ? format_kroner(d.vs_target).c_str() : "-",
                  format_decimal(fyp(days[p.years + y], p.year_days[y]), 1).c_str(),
                  format_decimal(p.caseload_milli_y[y] / 1000.0, 1).c_str());
    }
    for (const auto& pb : r.paybacks)
      std::printf("payback of %s %s: %s\n", pb.path.c_str(), pb.label.c_str(),
                  pb.year ? std::to_string(*pb.year).c_str() : "not within the horizon");
    if (!r.tornado.empty()) std::printf("sensitivity over the horizon (low / high against the scenario):\n");
    for (const auto& t : r.tornado)
      std::printf("  %-12s %-20s %16s %16s\n", t.path.c_str(), t.label.c_str(), format_kroner(t.low_diff).c_str(),
                  format_kroner(t.high_diff).c_str());
    for (size_t i = 0; i < r.spec.levers.size(); ++i) {
      const Lever& l = r.spec.levers[i];
      if (!l.set_by.empty() || !l.why.empty() || !l.source.empty())
        std::printf("assumption $.levers[%zu] %s: set by %s; why: %s; source: %s\n", i, lever_kind_name(l.kind),
                    l.set_by.c_str(), l.why.c_str(), l.source.c_str());
    }
    for (const auto& w : p.warnings) std::printf("warning: %s\n", w.c_str());
    std::printf("\n");
  }
  if (!cmp) return;
  std::printf("Side by side against %s:\n%-6s", cmp->names[cmp->base].c_str(), "year");
  for (const auto& n : cmp->names) std::printf(" %24.24s", n.c_str());
  std::printf("\n");
  for (size_t y = 0; y < cmp->against_base[0].size(); ++y) {
    std::printf("%-6d", cmp->against_base[0][y].year);
    for (const auto& d : cmp->against_base)
      std::printf(" %15s %8s", format_kroner(d[y].diff).c_str(), format_percent(d[y].diff_pct).c_str());
    std::printf("\n");
  }
}

int run(const Args& args) {
  if (args.positional.size() != 1 || !args.get("spec"))
    return fail(kUsage, "usage: overblik scenario FILE.db --spec SPEC.json ...");
  const std::string format = args.get("format").value_or("table");
  if (format != "json" && format != "csv" && format != "table")
    return fail(kUsage, "--format must be json, csv or table");
  const std::string path = args.positional[0];
  if (!std::filesystem::is_regular_file(path)) return fail(kBadInput, path + ": no such workspace file");
  auto db = store::Database::open(path);
  if (!db) return fail(kBadInput, db.error().text());
  auto version = db.value().query_int("PRAGMA user_version");
  if (!version || version.value() != store::schema_version())
    return fail(kBadInput,
                path + ": not an Overblik workspace of schema version " + std::to_string(store::schema_version()));
  std::vector<ScenarioSpec> specs;
  std::vector<std::string> files = {*args.get("spec")};
  for (const auto& f : args.all("compare")) files.push_back(f);
  if (files.size() > 4) return fail(kUsage, "compare at most 4 scenarios");
  for (const auto& f : files) {
    auto s = read_spec(f);
    if (!s) return fail(kBadInput, s.error().text());
    specs.push_back(std::move(s.value()));
  }
  auto facts = steering::load_facts(db.value());
  if (!facts) return fail(kBadInput, facts.error().text());
  Day as_of;
  if (auto a = args.get("as-of")) {
    auto d = parse_iso_date(*a);
    if (!d) return fail(kBadInput, "--as-of: " + d.error().message);
    as_of = d.value();
  } else if (specs[0].as_of) {
    as_of = *specs[0].as_of;
  } else {
    auto d = default_as_of(db.value(), facts.value());
    if (!d) return fail(kBadInput, d.error().text());
    as_of = d.value();
  }
  auto base = build_baseline(facts.value(), as_of);
  if (!base) return fail(kBadInput, base.error().text());
  const Baseline& b = base.value();

  std::vector<Report> reports;
  for (size_t i = 0; i < specs.size(); ++i) {
    Report r{specs[i], {}, {}, {}, {}};
    auto p = project(b, r.spec);
    if (!p) return fail(kBadInput, files[i] + ": " + p.error().text());
    ScenarioSpec plain = r.spec;
    plain.levers.clear();
    auto reference = project(b, plain);
    auto pb = paybacks(b, r.spec, p.value());
    auto tornado = sensitivity(b, r.spec, p.value());
    if (!reference || !pb || !tornado) return fail(kBadInput, files[i] + ": projection failed");
    r.vs_baseline = year_deltas(p.value(), reference.value());
    r.projection = std::move(p.value());
    r.paybacks = std::move(pb.value());
    r.tornado = std::move(tornado.value());
    reports.push_back(std::move(r));
  }
  std::optional<Comparison> cmp;
  if (specs.size() > 1) {
    auto c = compare(b, specs, 0);
    if (!c) return fail(kBadInput, c.error().text());
    cmp = std::move(c.value());
  }

  if (format == "csv") {
    print_csv(reports);
  } else if (format == "table") {
    print_table(reports, b, cmp ? &*cmp : nullptr);
  } else {
    ordered_json out;
    out["format"] = "overblik-scenario-result/1";
    out["scenarios"] = ordered_json::array();
    for (const auto& r : reports) out["scenarios"].push_back(report_json(r, b));
    if (cmp) {
      ordered_json c;
      c["base"] = cmp->names[cmp->base];
      c["scenarios"] = ordered_json::array();
      for (size_t i = 0; i < cmp->names.size(); ++i) {
        ordered_json years = ordered_json::array();
        for (const auto& d : cmp->against_base[i])
          years.push_back(
              {{"year", d.year}, {"total_kr", kr(d.total)}, {"diff_kr", kr(d.diff)}, {"diff_pct", d.diff_pct}});
        c["scenarios"].push_back({{"name", cmp->names[i]}, {"years", years}});
      }
      out["comparison"] = c;
    }
    std::printf("%s\n", out.dump(2).c_str());
  }
  return kOk;
}

Register reg(
    {"scenario",
     "scenario FILE.db --spec SPEC.json [--compare SPEC2.json ...] [--as-of YYYY-MM-DD] --format json|csv|table",
     {},
     {"spec", "compare", "as-of", "format"},
     run});

}  // namespace
}  // namespace overblik::cli

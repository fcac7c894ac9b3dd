// bench_steering: a full recompute of the steering figures on the L demo workspace, against computing the same
// figures with SQL GROUP BY queries on the same database in the same run. Prints both times and the ratio,
// and checks that both paths agree on the totals.
//   bench_steering [--as-of YYYY-MM-DD] [--seed N] [--size S|M|L]
// "All figures" = every breakdown x every scope for the year of the as-of date and the year before (for the
// quantity and price effects), the effects, caseload per caseworker and team, and the budget follow-up.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/demo/demo.h"
#include "core/steering/budget.h"
#include "core/steering/caseload.h"
#include "core/steering/cockpit.h"
#include "core/steering/effects.h"
#include "core/steering/figures.h"
#include "core/store/schema.h"

using namespace overblik;
using namespace overblik::steering;

namespace {

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

template <class F>
double median_ms(int runs, F&& f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    double a = now_ms();
    f();
    t.push_back(now_ms() - a);
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

struct EngineResult {
  FigureSet year, prev;
  Effects effects;
  Caseload caseload;
  BudgetFollowUp budget;
};

EngineResult engine(const Facts& facts, Day as_of) {
  EngineResult r;
  const Period year = period_containing(PeriodKind::year, as_of);
  r.year = compute_all_figures(facts, year);
  r.prev = compute_all_figures(facts, previous_period(year));
  r.effects = quantity_price_effects(r.prev.get(Breakdown::type), r.year.get(Breakdown::type));
  r.caseload = compute_caseload(facts, as_of);
  r.budget = budget_follow_up(facts, as_of);
  return r;
}

// --- the SQL path ---------------------------------------------------------------------------------------

struct SqlTotals {
  int64_t spend = 0, days = 0, children = 0, rows = 0;
};

std::string n(int64_t v) {
  return std::to_string(v);
}

// Measures active in [from, to] with their days and cost (month prices prorated per calendar month, rounded
// half away from zero per segment, like cost_between), as a CTE named `cost`.
std::string cost_cte(const Period& p) {
  CivilDate a = civil_from_day(p.from), b = civil_from_day(p.to);
  std::string months;
  for (int m = a.month; m <= b.month; ++m) {
    Day first = first_of_month(a.year, m);
    if (!months.empty()) months += ",";
    // Appended piece by piece: `"(" + std::string&&` trips a false GCC 12 -Wrestrict once inlined.
    months.append("(").append(n(first)).append(",").append(n(first + days_in_month(a.year, m) - 1));
    months.append(",").append(n(days_in_month(a.year, m))).append(")");
  }
  const std::string from = n(p.from), to = n(p.to), yd = n(days_in_year(a.year)), big = n(kOpenEnd);
  return "WITH mon(first,last,dim) AS (VALUES " + months +
         "),"
         " act AS (SELECT m.price_ore AS price, m.price_unit AS unit, c.child_id AS child, c.team_id AS team,"
         "  c.caseworker_id AS cw, m.type_id AS type, t.measure_group AS grp, t.ladder_step AS step, p.kind AS pkind,"
         "  ch.birth_date AS birth, ch.district AS district, m.start AS start,"
         "  COALESCE(m.end, m.planned_stop, " +
         big +
         ") AS stop,"
         "  MAX(m.start, " +
         from + ") AS a, MIN(COALESCE(m.end, m.planned_stop, " + big + "), " + to +
         ") AS z"
         "  FROM measure m JOIN child_case c ON c.id=m.case_id AND c.deleted=0"
         "  JOIN measure_type t ON t.id=m.type_id AND t.deleted=0"
         "  LEFT JOIN provider p ON p.id=m.provider_id AND p.deleted=0"
         "  LEFT JOIN child ch ON ch.id=c.child_id AND ch.deleted=0"
         "  WHERE m.deleted=0 AND m.start<=" +
         to + " AND COALESCE(m.end, m.planned_stop, " + big + ")>=" + from +
         "),"
         " cost AS (SELECT act.*, z-a+1 AS days, CASE unit WHEN 'day' THEN price*(z-a+1)"
         "  WHEN 'year' THEN (price*(z-a+1) + " +
         yd + "/2) / " + yd +
         "  ELSE (SELECT SUM((price*(MIN(z,last)-MAX(a,first)+1) + dim/2)/dim) FROM mon WHERE first<=z AND last>=a)"
         "  END AS spend FROM act) ";
}

std::vector<std::string> breakdown_keys(Day on) {
  auto t = [&](int years) { return n(add_months(on, -12 * years)); };
  return {"team",
          "cw",
          "grp",
          "type",
          "step",
          "CASE WHEN pkind IS NULL THEN 2 WHEN pkind='external' THEN 1 ELSE 0 END",
          "CASE WHEN birth IS NULL THEN 5 WHEN birth>" + t(6) + " THEN 0 WHEN birth>" + t(13) + " THEN 1 WHEN birth>" +
              t(18) + " THEN 2 WHEN birth>" + t(23) + " THEN 3 ELSE 4 END",
          "district"};
}

bool run_query(store::Database& db, const std::string& sql, SqlTotals* totals) {
  auto st = db.prepare(sql);
  if (!st) {
    std::fprintf(stderr, "SQL error: %s\n", st.error().text().c_str());
    return false;
  }
  auto& s = st.value();
  while (s.step()) {
    if (totals) {
      totals->children += s.int64(1);
      totals->days += s.int64(3);
      totals->spend += s.int64(4);
    }
    if (totals) totals->rows += 1;
  }
  return !s.failed();
}

// Figures of one period: every breakdown, for all groups and per group, plus the totals.
SqlTotals sql_period(store::Database& db, const Period& p) {
  const std::string cte = cost_cte(p);
  const std::string cols = ", COUNT(DISTINCT child), COUNT(*), SUM(days), SUM(spend), SUM(start>=" + n(p.from) +
                           "), SUM(stop<=" + n(p.to) + ") FROM cost";
  SqlTotals total;
  run_query(db, cte + "SELECT 0" + cols, &total);
  run_query(db, cte + "SELECT grp" + cols + " GROUP BY grp", nullptr);
  for (const auto& key : breakdown_keys(p.to)) {
    run_query(db, cte + "SELECT " + key + cols + " GROUP BY 1", nullptr);
    run_query(db, cte + "SELECT " + key + ", grp" + cols + " GROUP BY 1, 2", nullptr);
  }
  return total;
}

SqlTotals sql_path(store::Database& db, Day as_of) {
  const Period year = period_containing(PeriodKind::year, as_of);
  SqlTotals t = sql_period(db, year);
  sql_period(db, previous_period(year));
  const std::string d = n(as_of);
  const std::string open =
      " FROM child_case WHERE deleted=0 AND opened<=" + d + " AND (closed IS NULL OR closed>=" + d + ")";
  run_query(db, "SELECT caseworker_id, COUNT(*), SUM(case_weight_milli)" + open + " GROUP BY 1", nullptr);
  run_query(db, "SELECT team_id, COUNT(*), SUM(case_weight_milli), SUM(caseworker_id IS NULL)" + open + " GROUP BY 1",
            nullptr);
  run_query(db, "SELECT team_id, SUM(fte_milli) FROM caseworker WHERE deleted=0 GROUP BY 1", nullptr);
  // Budget: actuals of whole months, committed cost to year end, trailing 12-month inflow.
  const BudgetFollowUp shape = budget_follow_up(Facts{}, as_of);  // only the dates
  const Day year_last = first_of_year(shape.year + 1) - 1;
  run_query(db,
            "SELECT measure_group, SUM(amount_ore) FROM actual WHERE deleted=0 AND month>=" +
                n(first_of_year(shape.year)) + " AND month<" + n(shape.cutoff) + " GROUP BY 1",
            nullptr);
  if (shape.cutoff <= year_last)
    run_query(
        db, cost_cte(Period{PeriodKind::year, shape.cutoff, year_last}) + "SELECT grp, SUM(spend) FROM cost GROUP BY 1",
        nullptr);
  run_query(db,
            "SELECT t.measure_group, COUNT(*), SUM(CASE m.price_unit WHEN 'day' THEN m.price_ore*" +
                n(days_in_year(shape.year)) +
                " WHEN 'month' THEN m.price_ore*12 ELSE m.price_ore END) FROM measure m "
                "JOIN measure_type t ON t.id=m.type_id WHERE m.deleted=0 AND m.start>=" +
                n(add_months(shape.cutoff, -12)) + " AND m.start<" + n(shape.cutoff) + " GROUP BY 1",
            nullptr);
  run_query(
      db,
      "SELECT year, measure_group, corrected_budget_ore, deviation_cause FROM budget_line WHERE deleted=0 AND year=" +
          n(shape.year),
      nullptr);
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  demo::DemoOptions opt;
  opt.size = demo::DemoSize::L;
  opt.seed = 1;
  opt.as_of = day_from_civil(2025, 6, 30);
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--as-of")) {
      auto d = parse_iso_date(argv[i + 1]);
      if (!d) return std::fprintf(stderr, "--as-of: %s\n", d.error().message.c_str()), 2;
      opt.as_of = d.value();
    } else if (!std::strcmp(argv[i], "--seed")) {
      opt.seed = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (!std::strcmp(argv[i], "--size")) {
      auto s = demo::parse_demo_size(argv[i + 1]);
      if (!s) return std::fprintf(stderr, "--size: %s\n", s.error().message.c_str()), 2;
      opt.size = s.value();
    } else {
      return std::fprintf(stderr, "usage: bench_steering [--as-of YYYY-MM-DD] [--seed N] [--size S|M|L]\n"), 2;
    }
  }
  auto db = store::Database::open(":memory:");
  if (!db || !store::migrate(db.value())) return std::fprintf(stderr, "cannot create the workspace\n"), 1;
  const double g0 = now_ms();
  if (auto s = demo::generate_demo(db.value(), opt); !s)
    return std::fprintf(stderr, "demo: %s\n", s.error().text().c_str()), 1;
  const double g1 = now_ms();
  auto loaded = load_facts(db.value());
  if (!loaded) return std::fprintf(stderr, "load: %s\n", loaded.error().text().c_str()), 1;
  const Facts& facts = loaded.value();
  const double load_ms = now_ms() - g1;
  std::printf("bench_steering: %s demo (seed %llu, as of %s): %zu measures, %zu children, %zu cases\n",
              demo::demo_size_name(opt.size), static_cast<unsigned long long>(opt.seed),
              format_iso_date(opt.as_of).c_str(), facts.measures.size(), facts.children.dim.size(),
              facts.cases.dim.size());
  std::printf("  demo generation %.0f ms, load_facts %.1f ms\n", g1 - g0, load_ms);

  EngineResult check = engine(facts, opt.as_of);
  const double engine_ms = median_ms(51, [&] { check = engine(facts, opt.as_of); });
  CockpitSummary cockpit;
  const double cockpit_ms = median_ms(21, [&] { cockpit = cockpit_summary(facts, opt.as_of); });
  SqlTotals sql;
  const double sql_ms = median_ms(5, [&] { sql = sql_path(db.value(), opt.as_of); });

  const FigureRow& t = check.year.get(Breakdown::group).total;
  const bool agree = t.spend == sql.spend && t.days == sql.days && t.children == sql.children;
  std::printf("  check: engine and SQL totals %s (spend %s, %lld measure-days, %d children)\n",
              agree ? "agree" : "DIFFER", format_kroner(t.spend).c_str(), static_cast<long long>(t.days), t.children);
  if (!agree)
    std::printf("  SQL: spend %s, %lld days, %lld children\n", format_kroner(sql.spend).c_str(),
                static_cast<long long>(sql.days), static_cast<long long>(sql.children));
  std::printf("  engine full recompute (2 years x 8 breakdowns x 4 scopes, effects, caseload, budget): %.3f ms\n",
              engine_ms);
  std::printf("  cockpit summary (ytd, caseload, budget, ladder, 12-month trend): %.3f ms\n", cockpit_ms);
  std::printf("  SQL GROUP BY path, same figures: %.1f ms\n", sql_ms);
  const double ratio = sql_ms / engine_ms;
  std::printf("  ratio SQL / engine: %.1fx\n", ratio);
  const bool pass = agree && engine_ms < 5.0 && ratio >= 20.0;
  std::printf("  target (< 5 ms, >= 20x, totals agree): %s\n", pass ? "met" : "NOT met");
  return agree ? 0 : 1;
}

// Scenario projection on the L demo (10,000 children, 60 months, every lever kind set): the time of one
// full recompute (levers + aggregation, reused workspace, as a slider move would do it), and the ratio
// against the same aggregation done with SQL queries over the same lever-applied measure list (same run).
// Target: a full recompute under 2 ms natively. Usage: bench_scenario [S|M|L] [repetitions]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/scenario_levers.h"
#include "core/demo/demo.h"
#include "core/scenario/projection.h"
#include "core/store/schema.h"

using namespace overblik;
using namespace overblik::scenario;
using overblik::scenario::bench::all_levers;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// The SQL path: the lever-applied pieces go to a temp table; one query aggregates per type and month.
struct SqlResult {
  std::vector<int64_t> measures, days;
  double ms = 0;
};

Result<SqlResult> sql_aggregate(store::Database& db, const Baseline& b, const ProjectionWorkspace& ws, int months) {
  SqlResult r{std::vector<int64_t>(b.types.size() * months), std::vector<int64_t>(b.types.size() * months)};
  auto t0 = Clock::now();
  if (auto s = db.exec("DELETE FROM piece"); !s) return s.error();
  {
    store::Transaction tx(db);
    auto ins = db.prepare("INSERT INTO piece VALUES(?,?,?,?,?)");
    if (!ins) return ins.error();
    auto& st = ins.value();
    const Day hend = b.month_start[months] - 1;
    auto add = [&](int t, Day a, Day e, Ore y, Ore d) {
      a = std::max(a, b.start), e = std::min(e, hend);
      if (a > e) return;
      st.reset();
      st.bind(1, t).bind(2, a).bind(3, e).bind(4, y).bind(5, d);
      st.step();
    };
    for (size_t i = 0; i < ws.alive.size(); ++i) {
      if (!ws.alive[i]) continue;
      add(ws.type[i], ws.start[i], std::min(ws.stop[i], ws.split[i] - 1), ws.yearly[i], ws.daily[i]);
      if (ws.split[i] != steering::kOpenEnd)
        add(ws.type2[i], std::max(ws.split[i], ws.start[i]), ws.stop[i], ws.yearly2[i], 0);
    }
    if (auto s = tx.commit(); !s) return s.error();
  }
  auto q = db.prepare(
      "SELECT p.type, mo.m, COUNT(*), SUM(MIN(p.b, mo.e) - MAX(p.a, mo.s) + 1),"
      " SUM(CASE WHEN p.a <= mo.s AND p.b >= mo.e THEN p.y"
      "     ELSE (2 * p.y * (MIN(p.b, mo.e) - MAX(p.a, mo.s) + 1) + mo.dim) / (2 * mo.dim) END"
      "     + 12 * p.d * (MIN(p.b, mo.e) - MAX(p.a, mo.s) + 1))"
      " FROM piece p JOIN month mo ON p.a <= mo.e AND p.b >= mo.s GROUP BY p.type, mo.m");
  if (!q) return q.error();
  auto& st = q.value();
  int64_t twelfths = 0;
  while (st.step()) {
    const size_t c = st.int64(0) * months + st.int64(1);
    r.measures[c] = st.int64(2);
    r.days[c] = st.int64(3);
    twelfths += st.int64(4);
  }
  if (st.failed()) return Error{"sql", st.error()};
  r.ms = ms_since(t0);
  if (twelfths <= 0) return Error{"sql", "no spend"};
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  const char* size_arg = argc > 1 ? argv[1] : "L";
  const int reps = argc > 2 ? std::max(5, std::atoi(argv[2])) : 200;
  auto size = demo::parse_demo_size(size_arg);
  if (!size) return std::fprintf(stderr, "%s\n", size.error().text().c_str()), 2;
  auto opened = store::Database::open(":memory:");
  if (!opened) return 1;
  store::Database& db = opened.value();
  const Day as_of = day_from_civil(2024, 12, 31);
  auto t0 = Clock::now();
  if (auto s = store::migrate(db); !s) return std::fprintf(stderr, "%s\n", s.error().text().c_str()), 1;
  if (auto s = demo::generate_demo(db, {size.value(), 1, as_of}); !s)
    return std::fprintf(stderr, "demo: %s\n", s.error().text().c_str()), 1;
  const double demo_ms = ms_since(t0);
  t0 = Clock::now();
  auto facts = steering::load_facts(db);
  if (!facts) return std::fprintf(stderr, "%s\n", facts.error().text().c_str()), 1;
  const double facts_ms = ms_since(t0);
  t0 = Clock::now();
  auto base = build_baseline(facts.value(), as_of);
  if (!base) return std::fprintf(stderr, "%s\n", base.error().text().c_str()), 1;
  const double baseline_ms = ms_since(t0);
  const Baseline& b = base.value();
  ScenarioSpec spec = all_levers(b);

  ProjectionWorkspace ws;
  Projection p;
  std::vector<double> native;
  for (int i = 0; i < reps + 5; ++i) {
    auto t = Clock::now();
    if (auto s = project_into(b, spec, ws, p); !s) return std::fprintf(stderr, "%s\n", s.error().text().c_str()), 1;
    if (i >= 5) native.push_back(ms_since(t));  // the first calls grow the workspace
  }

  if (auto s = db.exec("CREATE TEMP TABLE piece(type INTEGER, a INTEGER, b INTEGER, y INTEGER, d INTEGER);"
                       "CREATE TEMP TABLE month(m INTEGER PRIMARY KEY, s INTEGER, e INTEGER, dim INTEGER)");
      !s)
    return 1;
  for (int m = 0; m < p.months; ++m)
    db.exec("INSERT INTO month VALUES(" + std::to_string(m) + "," + std::to_string(b.month_start[m]) + "," +
            std::to_string(b.end_of_month(m)) + "," + std::to_string(b.month_days[m]) + ")");
  std::vector<double> sql;
  SqlResult last;
  for (int i = 0; i < std::max(3, reps / 20); ++i) {
    auto r = sql_aggregate(db, b, ws, p.months);
    if (!r) return std::fprintf(stderr, "%s\n", r.error().text().c_str()), 1;
    sql.push_back(r.value().ms);
    last = std::move(r.value());
  }
  const bool same = last.measures == p.measures_m && last.days == p.days_m;

  const double nat = median(native), sq = median(sql);
  std::printf("scenario bench, demo %s (as of 2024-12-31): %zu baseline measures (%zu types), %d months, %zu levers\n",
              size_arg, b.measures.size(), b.types.size(), p.months, spec.levers.size());
  std::printf("  setup: demo %.0f ms, load_facts %.1f ms, build_baseline %.1f ms (once)\n", demo_ms, facts_ms,
              baseline_ms);
  std::printf("  native full recompute (levers + aggregation): median %.3f ms, best %.3f ms over %d runs\n", nat,
              *std::min_element(native.begin(), native.end()), reps);
  std::printf("  SQL aggregation of the same measure list:      median %.3f ms over %zu runs\n", sq, sql.size());
  std::printf("  ratio SQL / native: %.1fx; SQL and native figures %s; target < 2 ms: %s\n", sq / nat,
              same ? "identical" : "DIFFER", nat < 2.0 ? "met" : "MISSED");
  std::printf("  horizon total %.1f mio. kr., warnings %zu\n", static_cast<double>(p.horizon_total()) / 1e8,
              p.warnings.size());
  return same ? 0 : 1;
}

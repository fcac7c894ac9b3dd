// bench_demo: time to generate the M and L demos, to load them for the cockpit (load_facts in memory, and a saved file
// opened from disk) and to export and import them as snapshots. Baseline measured in the same run: a plain SQLite bulk
// insert of the same number of rows (id TEXT PRIMARY KEY plus two payload columns, one prepared statement, one
// transaction) into an in-memory database: the floor any generator or importer writing those rows has to pay. Ratios
// are x baseline.
#include "core/demo/demo.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/steering/facts.h"
#include "core/store/schema.h"
#include "core/store/workspace.h"
#include "core/sync/snapshot.h"

using namespace overblik;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

store::Database fresh() {
  auto db = store::Database::open(":memory:");
  if (!db || !store::migrate(db.value())) std::abort();
  return std::move(db.value());
}

int64_t total_rows(store::Database& db) {
  int64_t n = 0;
  for (auto t : store::syncable_tables()) n += db.query_int("SELECT COUNT(*) FROM " + std::string(t)).value();
  return n;
}

double baseline_insert(int64_t rows) {
  auto db = store::Database::open(":memory:").value();
  (void)db.exec("CREATE TABLE t(id TEXT PRIMARY KEY, a TEXT NOT NULL, b INTEGER NOT NULL) STRICT");
  const auto t0 = Clock::now();
  store::Transaction tx(db);
  auto st = db.prepare("INSERT INTO t VALUES(?,?,?)").value();
  char id[32];
  for (int64_t i = 0; i < rows; ++i) {
    std::snprintf(id, sizeof id, "row-%08lld", static_cast<long long>(i));
    st.reset();
    st.bind(1, id).bind(2, "payload text of a typical row").bind(3, i);
    st.step();
  }
  (void)tx.commit();
  return seconds_since(t0);
}

void line(const char* what, double s, double base) {
  std::printf("  %-34s %8.3f s  %6.1fx baseline\n", what, s, s / base);
}

}  // namespace

int main() {
  const Day as_of = day_from_civil(2025, 6, 30);
  for (auto size : {demo::DemoSize::M, demo::DemoSize::L}) {
    auto db = fresh();
    auto t0 = Clock::now();
    if (!demo::generate_demo(db, {size, 7, as_of})) return 1;
    const double generate = seconds_since(t0);
    const int64_t rows = total_rows(db);

    t0 = Clock::now();
    auto facts = steering::load_facts(db);
    const double load = seconds_since(t0);
    if (!facts) return 1;

    // What a user waits for: the saved workspace file opened from disk (schema check, identity) and its facts
    // loaded for the cockpit. Written with VACUUM INTO, as the CLI's `demo --out` leaves it.
    const auto file = (std::filesystem::temp_directory_path() / "overblik-bench-demo.db").string();
    std::filesystem::remove(file);
    if (!db.exec("VACUUM INTO '" + file + "'")) return 1;
    t0 = Clock::now();
    {
      auto ws = store::Workspace::open(file, "bench");
      if (!ws || !steering::load_facts(ws.value().db())) return 1;
    }
    const double open_file = seconds_since(t0);
    std::filesystem::remove(file);

    t0 = Clock::now();
    auto json = sync::export_snapshot(db);
    const double exported = seconds_since(t0);
    if (!json) return 1;

    auto copy = fresh();
    t0 = Clock::now();
    if (!sync::import_snapshot(copy, json.value())) return 1;
    const double imported = seconds_since(t0);

    const double base = baseline_insert(rows);
    std::printf("demo %s: %lld rows, %zu measures, snapshot %.1f MB\n", demo::demo_size_name(size),
                static_cast<long long>(rows), facts.value().measures.size(), json.value().size() / 1e6);
    std::printf("  %-34s %8.3f s\n", "baseline: plain bulk insert", base);
    line("generate (in memory, one tx)", generate, base);
    line("load_facts (cockpit column store)", load, base);
    line("open saved file + load_facts", open_file, base);
    line("export snapshot", exported, base);
    line("import snapshot (validated)", imported, base);
  }
  return 0;
}

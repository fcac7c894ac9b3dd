#include "core/demo/demo.h"

#include "core/demo/world.h"
#include "core/demo/write.h"
#include "core/model/hlc.h"
#include "core/rules/rule_sets.h"

namespace overblik::demo {

Result<DemoSize> parse_demo_size(std::string_view text) {
  if (text == "S" || text == "s") return DemoSize::S;
  if (text == "M" || text == "m") return DemoSize::M;
  if (text == "L" || text == "l") return DemoSize::L;
  return Error{"size", "unknown demo size '" + std::string(text.substr(0, 20)) + "' (S, M or L)"};
}

const char* demo_size_name(DemoSize size) {
  switch (size) {
    case DemoSize::S:
      return "S";
    case DemoSize::M:
      return "M";
    case DemoSize::L:
      return "L";
  }
  return "S";
}

namespace {

Status require_empty(store::Database& db) {
  for (const char* table :
       {"team", "caseworker", "provider", "child", "child_case", "measure", "actual", "budget_line"}) {
    auto n = db.query_int(std::string("SELECT COUNT(*) FROM ") + table);
    if (!n) return n.error();
    if (n.value() != 0) return Error{table, "the workspace already holds data; a demo needs an empty one"};
  }
  return ok_status();
}

Status set_meta(store::Database& db, const char* key, const std::string& value) {
  auto st = db.prepare(
      "INSERT INTO workspace_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!st) return st.error();
  st.value().bind(1, key).bind(2, value);
  st.value().step();
  if (st.value().failed()) return Error{std::string("workspace_meta.") + key, st.value().error()};
  return ok_status();
}

}  // namespace

Status generate_demo(store::Database& db, const DemoOptions& options) {
  const int year = civil_from_day(options.as_of).year;
  if (year < 1950 || year > 2190) return Error{"as_of", "the demo's date must be between 1950 and 2190"};
  if (auto s = require_empty(db); !s) return s;

  World w;
  w.options = options;
  w.history_start = add_months(options.as_of, -60);
  Rng rng(options.seed);
  make_organisation(w, rng);
  make_population(w, rng);
  make_casework(w, rng);
  make_measures(w, rng);
  make_follow_ups(w, rng);
  make_finance(w, rng);

  // Every row carries the same stamp: midnight of as_of (ms since 1970), counter 0; device "demo".
  const std::string hlc = Hlc{int64_t{options.as_of} * 86'400'000, 0}.text();
  store::Transaction tx(db);
  if (!tx.begun()) return Error{"demo", "cannot begin a transaction: " + db.last_error()};
  if (auto s = write_world(db, w, hlc, "demo"); !s) return s;
  if (auto s = rules::install_rule_sets(db); !s) return s;
  const std::string name = std::string("Fjordby Kommune (demo ") + demo_size_name(options.size) + ", seed " +
                           std::to_string(options.seed) + ")";
  if (auto s = set_meta(db, "name", name); !s) return s;
  if (auto s = set_meta(db, "created", std::to_string(int64_t{options.as_of} * 86'400'000)); !s) return s;
  if (auto s = set_meta(db, "as_of", format_iso_date(options.as_of)); !s) return s;
  return tx.commit();
}

}  // namespace overblik::demo

#include "core/store/integrity.h"

#include "core/store/references.h"
#include "core/store/schema.h"

namespace overblik::store {

namespace {

struct Invariant {
  const char* table;
  const char* condition;  // true for a violating row
  const char* message;
};

// Domain rules that commands enforce; the schema's CHECK constraints cover some of them too, but a file may
// have been written without them (ignore_check_constraints, another tool).
const Invariant kInvariants[] = {
    {"child_case", "closed IS NOT NULL AND closed < opened", "closed before it was opened"},
    {"child_case", "status = 'closed' AND closed IS NULL", "status closed without a closing date"},
    {"child_case", "status = 'open' AND closed IS NOT NULL", "status open with a closing date"},
    {"child_case", "follow_up_cadence_months IS NOT NULL AND follow_up_cadence_months NOT BETWEEN 1 AND 12",
     "follow-up cadence outside 1-12 months"},
    {"measure", "end IS NOT NULL AND end < start", "ends before it starts"},
    {"measure", "planned_stop IS NOT NULL AND planned_stop < start", "planned stop before the start"},
    {"measure", "price_ore < 0", "negative price"},
    {"measure_type", "default_price_ore < 0", "negative default price"},
    {"investigation", "completed IS NOT NULL AND completed < started", "completed before it started"},
    {"child_plan", "signed IS NOT NULL AND signed < decided", "signed before the decision"},
    {"plan_goal", "target_date IS NOT NULL AND target_date < 0", "target date before 1970"},
    {"notification", "assessed IS NOT NULL AND assessed < received", "assessed before it was received"},
    {"notification", "receipt_sent IS NOT NULL AND receipt_sent < received", "receipt sent before it was received"},
    {"follow_up", "progress_score IS NOT NULL AND progress_score NOT BETWEEN 1 AND 10", "progress score outside 1-10"},
    {"caseworker", "fte_milli NOT BETWEEN 0 AND 1000", "FTE outside 0-1"},
    {"budget_line", "corrected_budget_ore < 0", "negative corrected budget"},
    {"rule", "due_offset <= 0", "due offset not positive"},
};

}  // namespace

Result<std::vector<Problem>> check_workspace(Database& db, size_t limit) {
  std::vector<Problem> out;
  auto add = [&](std::string where, std::string message) {
    if (out.size() < limit) out.push_back({std::move(where), std::move(message)});
  };
  {
    auto st = db.prepare("PRAGMA integrity_check");
    if (!st) return st.error();
    while (st.value().step())
      if (st.value().text(0) != "ok") add("integrity_check", st.value().text(0));
    if (st.value().failed()) add("integrity_check", st.value().error());
  }
  {
    auto st = db.prepare("PRAGMA foreign_key_check");
    if (!st) return st.error();
    while (st.value().step())
      add("foreign_key_check", st.value().text(0) + " row " + std::to_string(st.value().int64(1)) +
                                   " refers to a missing " + st.value().text(2) + " row");
  }
  auto version = db.query_int("PRAGMA user_version");
  if (!version) return version.error();
  if (version.value() != schema_version()) {
    add("schema", "schema version " + std::to_string(version.value()) + ", this build expects " +
                      std::to_string(schema_version()));
    return out;  // the tables below may not exist in that shape
  }
  for (const auto& inv : kInvariants) {
    auto st = db.prepare(std::string("SELECT id FROM ") + inv.table + " WHERE deleted=0 AND (" + inv.condition +
                         ") ORDER BY id LIMIT " + std::to_string(limit));
    if (!st) return st.error();
    while (st.value().step()) add(std::string(inv.table) + " '" + st.value().text(0) + "'", inv.message);
  }
  auto dangling = dangling_references(db, static_cast<int>(limit));
  if (!dangling) return dangling.error();
  for (const auto& r : dangling.value()) add(r.table + " '" + r.id + "'", r.column + " refers to a deleted row");
  return out;
}

}  // namespace overblik::store

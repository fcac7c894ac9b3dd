#pragma once
// The compact in-memory column store of steering facts, loaded from SQLite (the single source of truth).
// Steering figures and scenario projections read only this, so a whole cockpit recomputes inside a frame.
// Indices are dense uint32 positions into the dimension tables; kNone marks "no value".
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/store/db.h"

namespace overblik::steering {

constexpr uint32_t kNone = 0xffffffffu;
constexpr Day kOpenEnd = 0x7fffffff;  // an active measure with no end

enum class MeasureGroup : uint8_t { preventive = 0, placement = 1, other = 2 };
constexpr int kGroupCount = 3;
enum class PriceUnit : uint8_t { day = 0, month = 1, year = 2 };

const char* group_name(MeasureGroup g);  // "preventive" | "placement" | "other" (as in the schema)
Result<MeasureGroup> parse_group(std::string_view s);
Result<PriceUnit> parse_price_unit(std::string_view s);

struct Dimension {
  std::vector<std::string> id;
  std::vector<std::string> name;
  size_t size() const { return id.size(); }
  uint32_t index_of(std::string_view id_value) const;  // kNone if absent (linear; use at load time only)
};

struct MeasureTypeFacts {
  Dimension dim;  // name = Danish name
  std::vector<std::string> name_en;
  std::vector<MeasureGroup> group;
  std::vector<uint8_t> ladder_step;  // 1-6
  std::vector<std::string> code;
};

struct CaseworkerFacts {
  Dimension dim;
  std::vector<uint32_t> team;      // kNone if no team
  std::vector<int32_t> fte_milli;  // 1000 = 1.0 FTE
};

struct ChildFacts {
  Dimension dim;  // name = pseudonym
  std::vector<Day> birth_date;
  std::vector<uint32_t> district;  // index into districts
  std::vector<std::string> districts;
};

struct CaseFacts {
  Dimension dim;                                  // name unused
  std::vector<uint32_t> child, team, caseworker;  // caseworker kNone = unassigned
  std::vector<Day> opened, closed;                // closed kOpenEnd while open
  std::vector<int32_t> weight_milli;
};

// One entry per (non-deleted) measure: the hot columns of every steering figure.
struct MeasureFacts {
  std::vector<std::string> id;
  std::vector<uint32_t> case_idx, child, type, team, caseworker, provider;
  std::vector<MeasureGroup> group;
  std::vector<uint8_t> ladder_step;
  std::vector<uint8_t> external;  // 1 = external provider
  std::vector<Day> start;
  std::vector<Day> stop;          // effective last day: end if ended, else planned stop, else kOpenEnd
  std::vector<Day> planned_stop;  // kOpenEnd if none
  std::vector<uint8_t> ended;     // 1 = has an actual end date
  std::vector<Ore> price;
  std::vector<PriceUnit> unit;
  std::vector<int16_t> price_level_year;
  size_t size() const { return id.size(); }
};

struct MonthlyActual {
  Day month;  // first day of the month
  MeasureGroup group;
  Ore amount;
};

struct BudgetLine {
  std::string id;
  int year;
  MeasureGroup group;
  Ore corrected_budget;
  std::string deviation_cause;
};

struct Facts {
  Dimension teams;
  Dimension providers;
  std::vector<uint8_t> provider_external;
  MeasureTypeFacts types;
  CaseworkerFacts caseworkers;
  ChildFacts children;
  CaseFacts cases;
  MeasureFacts measures;
  std::vector<MonthlyActual> actuals;
  std::vector<BudgetLine> budgets;
};

// Loads every non-deleted row the figures need, in id order (deterministic).
Result<Facts> load_facts(store::Database& db);

// Brings `facts` up to date after a command changed one row of `entity` (a table name) in `db`.
// Choice: patch the rows commands change all day, reload the rest. A caseworker's commands touch measures
// (new measure, price, planned stop, end) and cases (caseworker, team, closing); those are patched in place:
// a measure is reloaded by id and inserted/updated/erased at its id-ordered position (one memmove per column,
// ~0.1 ms at 40k measures), a case's columns are reloaded and copied onto its measures. New cases are appended
// (dimension order is then load order + append order; figures do not depend on it). Every other entity
// (catalogue, teams, caseworkers, providers, children, budget lines, actuals) is rare and cheap enough to
// rebuild with load_facts. A dirty flag alone would make each ordinary command pay a full reload (tens of ms
// on the L demo) before the next frame. On error `facts` is left unchanged for measures and reloads.
Status apply_change(Facts& facts, store::Database& db, std::string_view entity, std::string_view id);

// Cost of one measure's price over the inclusive day range [from, to], in øre.
// Explicit rule: day prices count per day; month prices per calendar month pro rata by days of that month;
// year prices per calendar year pro rata by days of that year. Each calendar segment is rounded half away
// from zero, so the result is the same natively and in wasm.
Ore cost_between(Ore price, PriceUnit unit, Day from, Day to);

// Days of [a_from, a_to] ∩ [b_from, b_to] (inclusive), 0 if disjoint.
inline int32_t overlap_days(Day a_from, Day a_to, Day b_from, Day b_to) {
  Day lo = a_from > b_from ? a_from : b_from;
  Day hi = a_to < b_to ? a_to : b_to;
  return hi >= lo ? hi - lo + 1 : 0;
}

}  // namespace overblik::steering

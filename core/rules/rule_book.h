#pragma once
// The rule sets of a workspace loaded into memory (live rows only), and the due-date arithmetic.
// A law set applies to an event when the event's triggering date lies in its period; local sets in force on
// that date apply on top, and the strictest (earliest) due date wins.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/date.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::rules {

enum class Unit { hours, days, working_days, weeks, months };
Result<Unit> parse_unit(std::string_view s);

// trigger + offset: hours round up to whole days (24 hours = the next day), months clamp to month end.
Day apply_offset(Day trigger, int offset, Unit unit);

struct Rule {
  std::string event;
  int offset = 0;
  Unit unit = Unit::days;
  std::string reference;
};

struct RuleSet {
  std::string id;
  std::string name;
  bool local = false;
  Day from = 0;
  std::optional<Day> to;  // inclusive
  std::vector<Rule> rules;
  bool in_force(Day d) const { return d >= from && (!to || d <= *to); }
  const Rule* find(std::string_view event) const;
};

struct Due {
  Day day = 0;
  const Rule* rule = nullptr;
  const RuleSet* set = nullptr;
};

class RuleBook {
 public:
  static Result<RuleBook> load(store::Database& db);

  // The law set in force on day d (the first by effective date if periods overlap), or null.
  const RuleSet* law_on(Day d) const;
  // The earliest due date among the rules for any of `events` in the law in force on `trigger` and, if
  // include_local, the local sets in force then. A rule for event::kFollowUpCaseCadence uses
  // case_cadence_months instead of its own offset when the case has one. None if no rule applies.
  std::optional<Due> due(const std::vector<std::string_view>& events, Day trigger, bool include_local,
                         std::optional<int> case_cadence_months = std::nullopt) const;

  const std::vector<RuleSet>& sets() const { return sets_; }

 private:
  std::vector<RuleSet> sets_;
};

}  // namespace overblik::rules

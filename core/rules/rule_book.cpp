#include "core/rules/rule_book.h"

#include <algorithm>
#include <map>

#include "core/rules/rule_sets.h"

namespace overblik::rules {

Result<Unit> parse_unit(std::string_view s) {
  if (s == "hours") return Unit::hours;
  if (s == "days") return Unit::days;
  if (s == "working_days") return Unit::working_days;
  if (s == "weeks") return Unit::weeks;
  if (s == "months") return Unit::months;
  return Error{"unit", "unknown unit '" + std::string(s) + "'"};
}

Day apply_offset(Day trigger, int offset, Unit unit) {
  switch (unit) {
    case Unit::hours:
      return add_days(trigger, (offset + 23) / 24);
    case Unit::days:
      return add_days(trigger, offset);
    case Unit::working_days:
      return add_working_days(trigger, offset);
    case Unit::weeks:
      return add_days(trigger, offset * 7);
    case Unit::months:
      return add_months(trigger, offset);
  }
  return trigger;
}

const Rule* RuleSet::find(std::string_view event) const {
  for (const auto& r : rules)
    if (r.event == event) return &r;
  return nullptr;
}

Result<RuleBook> RuleBook::load(store::Database& db) {
  RuleBook book;
  auto sets = db.prepare(
      "SELECT id,name,kind,effective_from,effective_to FROM rule_set WHERE deleted=0 ORDER BY effective_from,id");
  if (!sets) return sets.error();
  std::map<std::string, size_t> index;
  while (sets.value().step()) {
    auto& s = sets.value();
    RuleSet rs{s.text(0), s.text(1), s.text(2) == "local", static_cast<Day>(s.int64(3)), std::nullopt, {}};
    if (!s.is_null(4)) rs.to = static_cast<Day>(s.int64(4));
    index[rs.id] = book.sets_.size();
    book.sets_.push_back(std::move(rs));
  }
  if (sets.value().failed()) return Error{"rule_set", sets.value().error()};
  auto rules = db.prepare("SELECT rule_set_id,event,due_offset,unit,reference FROM rule WHERE deleted=0 ORDER BY id");
  if (!rules) return rules.error();
  while (rules.value().step()) {
    auto& r = rules.value();
    auto it = index.find(r.text(0));
    if (it == index.end()) continue;  // its set is deleted
    auto unit = parse_unit(r.text(3));
    if (!unit) return Error{"rule " + r.text(1), unit.error().message};
    book.sets_[it->second].rules.push_back({r.text(1), static_cast<int>(r.int64(2)), unit.value(), r.text(4)});
  }
  if (rules.value().failed()) return Error{"rule", rules.value().error()};
  return book;
}

const RuleSet* RuleBook::law_on(Day d) const {
  for (const auto& s : sets_)
    if (!s.local && s.in_force(d)) return &s;
  return nullptr;
}

std::optional<Due> RuleBook::due(const std::vector<std::string_view>& events, Day trigger, bool include_local,
                                 std::optional<int> case_cadence_months) const {
  std::optional<Due> best;
  auto consider = [&](const RuleSet& set) {
    for (auto ev : events) {
      const Rule* r = set.find(ev);
      if (!r) continue;
      Day d = (r->event == event::kFollowUpCaseCadence && case_cadence_months)
                  ? add_months(trigger, *case_cadence_months)
                  : apply_offset(trigger, r->offset, r->unit);
      if (!best || d < best->day) best = Due{d, r, &set};
    }
  };
  if (const RuleSet* law = law_on(trigger)) consider(*law);
  if (include_local)
    for (const auto& s : sets_)
      if (s.local && s.in_force(trigger)) consider(s);
  return best;
}

}  // namespace overblik::rules

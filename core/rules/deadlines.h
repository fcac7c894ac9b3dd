#pragma once
// The deadline engine: from a workspace's cases, notifications, investigations, plans, measures, follow-ups and
// supervision visits, and its rule sets, lists every legal (and local) deadline that has been triggered by
// the as-of day, with its due date, the date it was met (if it was) and a status.
//
// Which rules apply: the law in force on the TRIGGERING event's date (a measure started 2023-12-20 follows
// Serviceloven, one started 2024-01-02 Barnets Lov), plus local rule sets in force on that date; the earliest
// due date wins. Due on the last allowed day is on time; a day later is late.
//
// Chains: a measure's first follow-up is due after its start; each follow-up then triggers the next (fixed
// 6 months under Serviceloven; under Barnets Lov the case's cadence, default 6 months). A follow-up counts for a
// measure when it names the measure or names none (a follow-up of the whole case). Supervision visits chain
// the same way from a placement's start. A chain stops at the first deadline not yet met, and a deadline not
// met whose due date falls after the measure ended or the case closed is not required.
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::rules {

enum class DeadlineKind {
  notification_assessment,
  notification_receipt,
  investigation,
  child_plan,
  first_follow_up,
  follow_up,
  supervision_visit
};
enum class DeadlineStatus { done_on_time, done_late, overdue, due_soon, upcoming };

const char* kind_name(DeadlineKind k);      // e.g. "first_follow_up"
const char* status_name(DeadlineStatus s);  // e.g. "done_on_time"

struct DeadlineItem {
  std::string case_id;
  std::string child_pseudonym;
  std::string caseworker_id;    // "" = unassigned
  std::string caseworker_name;  // "" = unassigned
  DeadlineKind kind = DeadlineKind::notification_assessment;
  std::string subject_id;  // the notification, investigation, plan or measure the deadline belongs to
  Day triggered = 0;
  Day due = 0;
  std::optional<Day> done;  // only if done on or before the as-of day
  DeadlineStatus status = DeadlineStatus::upcoming;
  std::string reference;  // e.g. "Barnets Lov § 95"
  std::string rule_set;   // the name of the rule set whose rule gave the due date
};

struct DeadlineQuery {
  Day as_of = 0;
  std::optional<std::string> case_id;        // one case
  std::optional<std::string> caseworker_id;  // one caseworker's cases
  int due_soon_days = 14;                    // not done, due within this many days from as_of
  bool include_local = true;                 // apply local rule sets in force
};

// One query per table (not per case), so the whole L demo workspace lists in well under a second.
// Items are ordered by due date, then case, then kind.
Result<std::vector<DeadlineItem>> list_deadlines(store::Database& db, const DeadlineQuery& q);

}  // namespace overblik::rules

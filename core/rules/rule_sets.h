#pragma once
// The shipped deadline rule sets (legal and an example local one) as data, and their installation into a
// workspace's rule_set/rule tables. Rules are data, not code: the deadline engine (deadlines.h) reads the
// tables, so a municipality can add a local rule set without a new build.
#include <string_view>
#include <vector>

#include "core/model/date.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::rules {

// Event names used in the rule table. A qualified name "<event>:<scope>" narrows a rule to some subjects
// (e.g. "first_follow_up:short_placement"); the engine takes the strictest (earliest) applicable rule.
namespace event {
inline constexpr std::string_view kNotificationAssessment = "notification_assessment";  // underretning vurderes
inline constexpr std::string_view kNotificationReceipt = "notification_receipt";        // kvittering til fagperson
inline constexpr std::string_view kInvestigation = "investigation";                     // børnefaglig undersøgelse
inline constexpr std::string_view kChildPlan = "child_plan";                            // barnets plan / handleplan
inline constexpr std::string_view kFirstFollowUp = "first_follow_up";                   // første opfølgning
inline constexpr std::string_view kFollowUp = "follow_up";                              // fixed cadence (Serviceloven)
// Barnets Lov § 95: the cadence is decided at the first follow-up and kept on the case; this rule is the default.
inline constexpr std::string_view kFollowUpCaseCadence = "follow_up_case_cadence";
inline constexpr std::string_view kSupervisionVisit = "supervision_visit";  // personrettet tilsyn
// Scope suffix: a placement whose planned stop is at most 3 months after its start (korttidsanbringelse).
inline constexpr std::string_view kShortPlacementScope = ":short_placement";
}  // namespace event

struct RuleData {
  std::string_view event;
  int due_offset;
  std::string_view unit;  // hours | days | working_days | weeks | months
  std::string_view reference;
};

struct RuleSetData {
  std::string_view id;  // stable across devices, so independently created workspaces agree on these rows
  std::string_view name;
  std::string_view kind;  // law | local
  CivilDate effective_from;
  bool open_ended;
  CivilDate effective_to;  // inclusive; ignored when open_ended
  std::vector<RuleData> rules;
};

// The rule sets Overblik ships: Serviceloven (until 2023-12-31), Barnets Lov (from 2024-01-01) and the
// example local set "Aalborg: korttidsanbringelser følges op efter 4 uger" (in force from 2024-01-01).
const std::vector<RuleSetData>& shipped_rule_sets();

// Inserts the shipped rule sets into rule_set/rule (idempotent: existing rows with the same ids are kept
// as they are, so a local edit survives). Call inside or outside a transaction.
Status install_rule_sets(store::Database& db);

}  // namespace overblik::rules

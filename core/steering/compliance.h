#pragma once
// Compliance (lovoverholdelse) from the deadline engine (core/rules/deadlines.h):
// - per rule (deadline kind): of the deadlines due in the period up to the as-of day, the share done on time;
//   due = done on time + done late + overdue (a deadline due later in the period is not counted yet);
// - per caseworker: overdue and due-soon counts on the as-of day (the "red numbers"), unassigned as "".
#include <array>
#include <string>
#include <vector>

#include "core/rules/deadlines.h"
#include "core/steering/period.h"

namespace overblik::steering {

constexpr int kDeadlineKindCount = 7;

struct RuleCompliance {
  rules::DeadlineKind kind = rules::DeadlineKind::notification_assessment;
  int32_t due = 0;
  int32_t on_time = 0;
  int32_t late = 0;
  int32_t overdue = 0;
  double share_on_time = 0;  // on_time / due; 0 when nothing was due
};

struct CaseworkerCompliance {
  std::string caseworker_id;  // "" = unassigned
  std::string caseworker_name;
  int32_t overdue = 0;
  int32_t due_soon = 0;
};

struct ComplianceSummary {
  Period period;
  Day as_of = 0;
  std::array<RuleCompliance, kDeadlineKindCount> rules;  // [DeadlineKind]
  RuleCompliance total;
  std::vector<CaseworkerCompliance> caseworkers;  // by caseworker id ("" first)
};

// Pure: summarises deadline items listed for `as_of`.
ComplianceSummary summarize_compliance(const std::vector<rules::DeadlineItem>& items, const Period& period, Day as_of);
// Lists the deadlines on `as_of` with the engine and summarises them.
Result<ComplianceSummary> compliance_summary(store::Database& db, const Period& period, Day as_of);

}  // namespace overblik::steering

#pragma once
// The team leader's overview (faglig leder): caseload per caseworker (open cases per FTE) against a target,
// compliance per deadline rule (share done on time), unassigned cases, and a reproducible supervision sample
// (ledelsestilsyn): N open cases per caseworker drawn with a seed that the UI shows, so a sample can be
// redrawn and checked later. Caseload comes from the steering facts (one definition for cockpit and team).
#include <cstdint>
#include <string>
#include <vector>

#include "core/rules/deadlines.h"
#include "core/steering/facts.h"
#include "core/viewmodels/case_index.h"

namespace overblik::viewmodels {

struct TeamQuery {
  std::string team_id;            // "" = every team
  int target_per_fte = 25;        // caseload target (seed 003: 20-25 cases per caseworker)
  int sample_per_caseworker = 2;  // supervision sample size
  uint64_t sample_seed = 1;
  int compliance_months = 12;  // deadlines due in the last N months up to the as-of day
};

struct CaseworkerLoad {
  std::string id, name, team_name;
  int open_cases = 0;
  int fte_milli = 0;
  double cases_per_fte = 0;
  bool over_target = false;
  int overdue = 0;  // overdue deadlines on the caseworker's cases
};

struct RuleCompliance {
  rules::DeadlineKind kind = rules::DeadlineKind::notification_assessment;
  int on_time = 0, late = 0, overdue = 0;
  int due() const { return on_time + late + overdue; }
  double share_on_time() const { return due() ? static_cast<double>(on_time) / due() : 0.0; }
};

struct SampleGroup {
  std::string caseworker_id, caseworker_name;
  std::vector<uint32_t> cases;  // indices into the CaseIndex, ordered by case id
};

struct TeamOverview {
  std::vector<CaseworkerLoad> caseworkers;  // by name
  int open_cases = 0;                       // all open cases of the team(s), also unassigned
  int64_t fte_milli = 0;
  double cases_per_fte = 0;
  int target_per_fte = 25;
  int over_target = 0;                     // caseworkers above the target
  std::vector<RuleCompliance> compliance;  // one per deadline kind that had deadlines due
  RuleCompliance compliance_total;
  std::vector<uint32_t> unassigned;  // open cases without a caseworker (CaseIndex indices, oldest first)
  uint64_t sample_seed = 1;
  std::vector<SampleGroup> sample;  // one group per caseworker with open cases, by name
};

TeamOverview build_team_overview(const steering::Facts& facts, const CaseIndex& index, const TeamQuery& query);

// The supervision sample alone: `per_caseworker` open cases of each caseworker in `caseworker_ids`, drawn
// reproducibly from `seed` (the same seed and cases give the same sample, natively and in wasm).
std::vector<SampleGroup> draw_sample(const CaseIndex& index, const std::vector<Person>& caseworkers, int per_caseworker,
                                     uint64_t seed);

}  // namespace overblik::viewmodels

#include "core/rules/rule_sets.h"

#include <string>

namespace overblik::rules {

const std::vector<RuleSetData>& shipped_rule_sets() {
  using namespace event;
  static const std::vector<RuleSetData> sets = {
      {"rs-serviceloven",
       "Serviceloven",
       "law",
       {1900, 1, 1},
       false,
       {2023, 12, 31},
       {
           // "inden for 24 timer": modelled as due the day after receipt
           {kNotificationAssessment, 24, "hours", "Serviceloven § 155, stk. 2"},
           {kNotificationReceipt, 6, "working_days", "Serviceloven § 155 b"},
           {kInvestigation, 4, "months", "Serviceloven § 50, stk. 7"},
           {kChildPlan, 3, "months", "Serviceloven § 140"},
           {kFirstFollowUp, 3, "months", "Serviceloven § 70, stk. 2"},
           {kFollowUp, 6, "months", "Serviceloven § 70, stk. 2"},
           {kSupervisionVisit, 6, "months", "Serviceloven § 148, stk. 4"},
       }},
      {"rs-barnets-lov",
       "Barnets Lov",
       "law",
       {2024, 1, 1},
       true,
       {0, 0, 0},
       {
           {kNotificationAssessment, 24, "hours", "Barnets Lov §§ 136-137"},
           {kNotificationReceipt, 6, "working_days", "Barnets Lov § 137"},
           {kInvestigation, 4, "months", "Barnets Lov § 20, stk. 3"},
           {kChildPlan, 3, "months", "Barnets Lov §§ 91-92"},
           {kFirstFollowUp, 3, "months", "Barnets Lov § 95"},
           {kFollowUpCaseCadence, 6, "months", "Barnets Lov § 95"},
           // Serviceloven § 148, stk. 4 carried over; the Barnets Lov paragraph is not verified here.
           {kSupervisionVisit, 6, "months", "Barnets Lov (personrettet tilsyn, tidl. SEL § 148, stk. 4)"},
       }},
      {"rs-local-aalborg-short-placements",
       "Aalborg: korttidsanbringelser følges op efter 4 uger",
       "local",
       {2024, 1, 1},
       true,
       {0, 0, 0},
       {
           {"first_follow_up:short_placement", 4, "weeks", "Aalborg Kommune, lokal retningslinje"},
       }},
  };
  return sets;
}

// Shipped rows carry a fixed stamp and device: every workspace gets identical rows, and any local edit
// (a later stamp) wins over them on sync.
static constexpr const char* kShippedHlc = "0000000000000.00000";
static constexpr const char* kShippedDevice = "overblik";

Status install_rule_sets(store::Database& db) {
  auto set_stmt = db.prepare(
      "INSERT OR IGNORE INTO rule_set(id,hlc,device,deleted,name,kind,effective_from,effective_to) "
      "VALUES(?,?,?,0,?,?,?,?)");
  if (!set_stmt) return set_stmt.error();
  auto rule_stmt = db.prepare(
      "INSERT OR IGNORE INTO rule(id,hlc,device,deleted,rule_set_id,event,due_offset,unit,reference) "
      "VALUES(?,?,?,0,?,?,?,?,?)");
  if (!rule_stmt) return rule_stmt.error();
  auto& ss = set_stmt.value();
  auto& rs = rule_stmt.value();
  for (const auto& set : shipped_rule_sets()) {
    ss.reset();
    ss.bind(1, set.id).bind(2, kShippedHlc).bind(3, kShippedDevice).bind(4, set.name).bind(5, set.kind);
    ss.bind(6, int64_t{day_from_civil(set.effective_from.year, set.effective_from.month, set.effective_from.day)});
    if (set.open_ended)
      ss.bind_null(7);
    else
      ss.bind(7, int64_t{day_from_civil(set.effective_to.year, set.effective_to.month, set.effective_to.day)});
    ss.step();
    if (ss.failed()) return Error{"rule_set " + std::string(set.id), ss.error()};
    for (const auto& r : set.rules) {
      rs.reset();
      std::string id = std::string(set.id) + "." + std::string(r.event);
      rs.bind(1, id).bind(2, kShippedHlc).bind(3, kShippedDevice).bind(4, set.id).bind(5, r.event);
      rs.bind(6, r.due_offset).bind(7, r.unit).bind(8, r.reference);
      rs.step();
      if (rs.failed()) return Error{"rule " + id, rs.error()};
    }
  }
  return ok_status();
}

}  // namespace overblik::rules

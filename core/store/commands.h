#pragma once
// Typed commands: the only way the UI and tools change a workspace. apply() validates a command and applies
// it in ONE transaction that also appends one change_log row per changed field and stamps the rows it
// writes (hlc, device). A rejected command returns Error{where = "<Command>.<field>", message} and changes
// nothing. Rows are never physically deleted: DeleteRow sets the tombstone (deleted = 1).
//
// Usage:
//   auto r = store::apply(ws, store::OpenCase{.new_child = store::NewChild{"B-0001", birth, "Nord"},
//                                             .team_id = team, .opened = day}, now_ms);
//   if (!r) show(r.error().text()); else new_case = r.value().id;
//
// Dates are Day numbers (core/model/date.h) and must lie in 1900-2199; money is øre; texts are at most
// 10,000 characters; ids must name live (not deleted) rows.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/model/result.h"
#include "core/store/workspace.h"

namespace overblik::store {

constexpr size_t kMaxTextLength = 10000;

// --- organisation --------------------------------------------------------------------------------------
struct CreateTeam {
  std::string name;
};
struct CreateCaseworker {  // rådgiver
  std::string name;
  std::optional<std::string> team_id;
  int fte_milli = 1000;  // 1000 = one full-time equivalent; 0-1000
};
struct CreateProvider {  // leverandør
  std::string name;
  std::string kind = "external";  // internal | external
};

// --- cases -----------------------------------------------------------------------------------------------
struct NewChild {
  std::string pseudonym;
  Day birth_date = 0;
  std::string district;
};
// Opens a case for an existing child (child_id) or a new one (new_child); exactly one of the two.
struct OpenCase {
  std::optional<std::string> child_id;
  std::optional<NewChild> new_child;
  std::string team_id;
  std::optional<std::string> caseworker_id;  // none = unassigned
  Day opened = 0;
  int case_weight_milli = 1000;  // tyngde
  int concern_level = 1;         // 1-5
};
// Assigns, reassigns or (caseworker_id = none) unassigns an open case.
struct AssignCase {
  std::string case_id;
  std::optional<std::string> caseworker_id;
};
struct CloseCase {
  std::string case_id;
  Day closed = 0;
};
struct RecordNotification {  // underretning
  std::string case_id;
  Day received = 0;
  std::string source;
  bool professional_reporter = false;  // a receipt is due within 6 working days
};
struct AssessNotification {
  std::string notification_id;
  Day assessed = 0;
};
struct SendNotificationReceipt {
  std::string notification_id;
  Day sent = 0;
};
struct StartInvestigation {  // børnefaglig undersøgelse
  std::string case_id;
  Day started = 0;
};
struct CompleteInvestigation {
  std::string investigation_id;
  Day completed = 0;
};
struct CreateChildPlan {  // barnets plan (handleplan)
  std::string case_id;
  Day decided = 0;
  bool youth_plan = false;
};
struct SignChildPlan {
  std::string plan_id;
  Day signed_on = 0;
};
struct AddPlanGoal {
  std::string plan_id;
  std::string text;
  std::optional<Day> target_date;
  bool school_goal = false;
};

// --- measures and follow-up --------------------------------------------------------------------------------
struct StartMeasure {  // indsats
  std::string case_id;
  std::string type_id;
  std::optional<std::string> provider_id;
  Day start = 0;
  std::optional<Day> planned_stop;
  Ore price_ore = 0;
  std::string price_unit = "day";  // day | month | year
  int price_level_year = 0;
};
struct StopMeasure {
  std::string measure_id;
  Day end = 0;
};
struct ChangeMeasurePrice {
  std::string measure_id;
  Ore price_ore = 0;
  std::string price_unit = "day";
  int price_level_year = 0;
};
// Under Barnets Lov (§ 95) the first follow-up of a case may decide the case's follow-up cadence.
struct RecordFollowUp {  // opfølgning
  std::string case_id;
  std::optional<std::string> measure_id;  // must belong to the case; none = the whole case
  Day done = 0;
  std::optional<int> progress_score;  // 1-10
  std::optional<Day> next_due;
  std::string note;
  std::string outcome;
  std::optional<int> cadence_months;  // 1-12; only at the case's first follow-up under Barnets Lov
};
struct SetFollowUpCadence {
  std::string case_id;
  std::optional<int> months;  // 1-12; none = the rule set's default
};
struct RecordSupervisionVisit {  // personrettet tilsyn
  std::string case_id;
  Day visited = 0;
  bool child_conversation = true;
  std::string note;
};

// --- finance and scenarios ------------------------------------------------------------------------------------
// Sets (creates or updates) the corrected budget of a year and measure group.
struct SetBudgetLine {
  int year = 0;
  std::string group;  // preventive | placement | other
  Ore corrected_budget_ore = 0;
  std::string deviation_cause;
};
struct SetDeviationCause {
  int year = 0;
  std::string group;
  std::string cause;
};
// Sets the actual spend of a month (month = the month's first day) and group; amounts may be negative
// (refunds).
struct RecordActual {
  Day month = 0;
  std::string group;
  Ore amount_ore = 0;
};
struct SaveScenario {
  std::optional<std::string> scenario_id;  // none = a new scenario
  std::string name;
  std::string spec_json;  // a JSON object
  std::string notes;
};
struct DeleteScenario {
  std::string scenario_id;
};
// Tombstones a row of a syncable table. Refused while live rows still refer to it.
struct DeleteRow {
  std::string table;
  std::string id;
};

using Command =
    std::variant<CreateTeam, CreateCaseworker, CreateProvider, OpenCase, AssignCase, CloseCase, RecordNotification,
                 AssessNotification, SendNotificationReceipt, StartInvestigation, CompleteInvestigation,
                 CreateChildPlan, SignChildPlan, AddPlanGoal, StartMeasure, StopMeasure, ChangeMeasurePrice,
                 RecordFollowUp, SetFollowUpCadence, RecordSupervisionVisit, SetBudgetLine, SetDeviationCause,
                 RecordActual, SaveScenario, DeleteScenario, DeleteRow>;

struct CommandResult {
  std::string id;          // the row created or changed (for OpenCase with a new child: the case)
  int changed_fields = 0;  // change_log rows written
};

// The command's name as written to change_log.command, e.g. "OpenCase".
const char* command_name(const Command& c);

// Validates and applies a command at wall time now_ms (ms since epoch; for the clock stamp).
Result<CommandResult> apply(Workspace& ws, const Command& command, int64_t now_ms);

}  // namespace overblik::store

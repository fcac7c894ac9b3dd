#pragma once
// The case page (sagen): everything a caseworker needs about one case on one screen — the child, the
// notifications, investigations, the child's plan and its goals, measures with price and ladder step,
// follow-ups and the case's deadlines. Built by a few indexed queries when the case is opened or changed.
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/model/result.h"
#include "core/rules/deadlines.h"
#include "core/store/db.h"

namespace overblik::viewmodels {

struct NotificationRow {
  std::string id, source;
  Day received = 0;
  bool professional_reporter = false;
  std::optional<Day> assessed, receipt_sent;
};

struct InvestigationRow {
  std::string id;
  Day started = 0;
  std::optional<Day> completed;
};

struct GoalRow {
  std::string text;
  std::optional<Day> target;
  bool school = false;
};

struct PlanRow {
  std::string id;
  Day decided = 0;
  std::optional<Day> signed_on;
  bool youth_plan = false;
  std::vector<GoalRow> goals;
};

struct MeasureRow {
  std::string id, type_id, type_name_da, type_name_en, group, provider_name;
  int ladder_step = 0;
  Day start = 0;
  std::optional<Day> planned_stop, end;
  Ore price = 0;
  std::string price_unit;  // day | month | year
  bool active = true;      // not ended on the as-of day
};

struct FollowUpRow {
  std::string id, measure_id, note, outcome;
  Day done = 0;
  std::optional<int> progress;
  std::optional<Day> next_due;
};

struct CasePage {
  std::string case_id, child_pseudonym, district, caseworker_id, caseworker_name, team_id, team_name;
  Day birth = 0;
  int age = 0;
  bool open = true;
  Day opened = 0;
  std::optional<Day> closed;
  int concern_level = 1;
  int weight_milli = 1000;
  std::vector<NotificationRow> notifications;
  std::vector<InvestigationRow> investigations;
  std::vector<PlanRow> plans;
  std::vector<MeasureRow> measures;            // active first, then by start
  std::vector<FollowUpRow> follow_ups;         // newest first
  std::vector<rules::DeadlineItem> deadlines;  // not done first (overdue, due soon, upcoming), then done
  int overdue = 0;
  int due_soon = 0;
  Day as_of = 0;
};

Result<CasePage> build_case_page(store::Database& db, const std::string& case_id, Day as_of, int due_soon_days = 14);

}  // namespace overblik::viewmodels

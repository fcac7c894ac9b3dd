#pragma once
// The demo municipality in memory, built step by step (organisation → population → casework → measures →
// follow-ups → finance) from one random stream, then written to SQLite in one go (write.cpp).
// Rows refer to each other by index; ids are made from indices when written.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/demo/demo.h"
#include "core/demo/random.h"
#include "core/model/money.h"
#include "core/steering/facts.h"

namespace overblik::demo {

constexpr int kNone = -1;

struct Team {
  std::string name;
};
struct Caseworker {
  std::string name;
  int team;
  int fte_milli;
  int pace;  // relative share of new cases (70-130): caseloads vary between caseworkers
};
struct Provider {
  std::string name;
  bool external;
};
struct Child {
  int number;  // pseudonym "Barn <number>"
  Day birth;
  int district;
};
struct Case {
  int child;
  int team;
  int caseworker;  // kNone = unassigned
  Day opened;
  std::optional<Day> closed;
  int weight_milli = 1000;
  int concern = 1;
  std::optional<int> cadence_months;  // Barnets Lov § 95 cadence decided at the first follow-up
};
struct Notification {
  int case_idx;
  Day received;
  int source;  // index into vocabulary notification_sources()
  bool professional;
  std::optional<Day> assessed, receipt_sent;
};
struct Investigation {
  int case_idx;
  Day started;
  std::optional<Day> completed;
};
struct Plan {
  int case_idx;
  Day decided;
  std::optional<Day> signed_on;
  bool youth_plan;
};
struct Goal {
  int plan;
  int text;  // index into vocabulary goal_texts() (school_goal_texts() when school)
  std::optional<Day> target;
  bool school;
};
struct Measure {
  int case_idx;
  int type;      // index into store::measure_catalogue()
  int provider;  // kNone = none (e.g. financial support paid directly)
  Day start;
  std::optional<Day> planned_stop, end;
  Ore price;
  steering::PriceUnit unit;
  int price_level_year;
  steering::MeasureGroup group;
  // The last day the measure costs money, as steering reads it: end, else planned stop, else open.
  Day effective_stop() const { return end ? *end : planned_stop ? *planned_stop : steering::kOpenEnd; }
};
struct FollowUp {
  int case_idx;
  int measure;
  Day done;
  int outcome;  // index into vocabulary follow_up_outcomes()
  int score;    // 1-10 well-being ruler
  Day next_due;
};
struct Visit {
  int case_idx;
  Day visited;
  bool child_conversation;
};
struct BudgetLine {
  int year;
  steering::MeasureGroup group;
  Ore corrected_budget;
  std::string cause;
};
struct Actual {
  Day month;
  steering::MeasureGroup group;
  Ore amount;
};

struct World {
  DemoOptions options;
  Day history_start;  // first day of the five years of history
  std::vector<Team> teams;
  std::vector<Caseworker> caseworkers;
  std::vector<Provider> providers;
  std::vector<Child> children;
  std::vector<Case> cases;
  std::vector<Notification> notifications;
  std::vector<Investigation> investigations;
  std::vector<Plan> plans;
  std::vector<Goal> goals;
  std::vector<Measure> measures;
  std::vector<FollowUp> follow_ups;
  std::vector<Visit> visits;
  std::vector<BudgetLine> budgets;
  std::vector<Actual> actuals;
};

struct Scale {
  int teams, caseworkers, children;
  int caseload_target;  // open cases per FTE the population aims at
};
Scale scale_of(DemoSize size);

// The generation steps, in order; each appends to the world and draws from the same random stream.
void make_organisation(World& w, Rng& rng);
void make_population(World& w, Rng& rng);
void make_casework(World& w, Rng& rng);
void make_measures(World& w, Rng& rng);
void make_follow_ups(World& w, Rng& rng);
void make_finance(World& w, Rng& rng);

// Age in whole years on a day.
int age_on(Day birth, Day on);

}  // namespace overblik::demo

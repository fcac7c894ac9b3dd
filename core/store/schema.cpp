#include "core/store/schema.h"

#include <string>

namespace overblik::store {

// Conventions (see docs/schema.md):
// - every syncable row: id TEXT (stable, globally unique), hlc TEXT (hybrid logical clock stamp of the last write),
//   device TEXT (who wrote it last), deleted INTEGER (tombstone; rows are never physically deleted by commands);
// - dates are day numbers (days since 1970-01-01), money is integer øre, fractions are integer milli-units;
// - foreign keys are enforced; tables are STRICT.
static const char* kV1 = R"SQL(
CREATE TABLE workspace_meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE team(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL
) STRICT;

-- rådgiver
CREATE TABLE caseworker(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  team_id TEXT REFERENCES team(id),
  fte_milli INTEGER NOT NULL CHECK(fte_milli BETWEEN 0 AND 1000)  -- 1000 = one full-time equivalent
) STRICT;

-- leverandør
CREATE TABLE provider(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('internal','external'))
) STRICT;

-- indsatskatalog: one row per catalogue type, mapped to a group and a step on the intervention ladder
CREATE TABLE measure_type(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name_da TEXT NOT NULL,
  name_en TEXT NOT NULL,
  measure_group TEXT NOT NULL CHECK(measure_group IN ('preventive','placement','other')),
  ladder_step INTEGER NOT NULL CHECK(ladder_step BETWEEN 1 AND 6),
  legal_basis TEXT NOT NULL,           -- e.g. 'Barnets Lov § 32'
  code TEXT NOT NULL DEFAULT '',       -- FLIS/DUBU/Danmarks Statistik code, for reconciliation
  default_price_ore INTEGER NOT NULL CHECK(default_price_ore >= 0),
  default_price_unit TEXT NOT NULL CHECK(default_price_unit IN ('day','month','year'))
) STRICT;

-- barn/ung: pseudonymous; CPR optional and never in demo data
CREATE TABLE child(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  pseudonym TEXT NOT NULL,
  birth_date INTEGER NOT NULL,
  district TEXT NOT NULL,
  cpr TEXT
) STRICT;

-- sag
CREATE TABLE child_case(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  child_id TEXT NOT NULL REFERENCES child(id),
  caseworker_id TEXT REFERENCES caseworker(id),        -- NULL = unassigned
  team_id TEXT NOT NULL REFERENCES team(id),
  status TEXT NOT NULL CHECK(status IN ('open','closed')),
  opened INTEGER NOT NULL,
  closed INTEGER,
  case_weight_milli INTEGER NOT NULL DEFAULT 1000 CHECK(case_weight_milli > 0),  -- tyngde
  concern_level INTEGER NOT NULL DEFAULT 1 CHECK(concern_level BETWEEN 1 AND 5),
  follow_up_cadence_months INTEGER CHECK(follow_up_cadence_months BETWEEN 1 AND 12),  -- Barnets Lov § 95: set at first follow-up
  CHECK(closed IS NULL OR closed >= opened)
) STRICT;

-- underretning
CREATE TABLE notification(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  case_id TEXT NOT NULL REFERENCES child_case(id),
  received INTEGER NOT NULL,
  source TEXT NOT NULL,
  professional_reporter INTEGER NOT NULL DEFAULT 0,  -- receipt due within 6 working days
  assessed INTEGER,
  receipt_sent INTEGER
) STRICT;

-- børnefaglig undersøgelse
CREATE TABLE investigation(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  case_id TEXT NOT NULL REFERENCES child_case(id),
  started INTEGER NOT NULL,
  completed INTEGER,
  CHECK(completed IS NULL OR completed >= started)
) STRICT;

-- barnets plan (handleplan)
CREATE TABLE child_plan(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  case_id TEXT NOT NULL REFERENCES child_case(id),
  decided INTEGER NOT NULL,        -- the decision the plan belongs to
  signed INTEGER,
  youth_plan INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE plan_goal(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  plan_id TEXT NOT NULL REFERENCES child_plan(id),
  text TEXT NOT NULL,
  target_date INTEGER,
  school_goal INTEGER NOT NULL DEFAULT 0
) STRICT;

-- indsats / foranstaltning
CREATE TABLE measure(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  case_id TEXT NOT NULL REFERENCES child_case(id),
  type_id TEXT NOT NULL REFERENCES measure_type(id),
  provider_id TEXT REFERENCES provider(id),
  start INTEGER NOT NULL,
  planned_stop INTEGER,            -- set at allocation
  end INTEGER,                     -- actual end; NULL while active
  price_ore INTEGER NOT NULL CHECK(price_ore >= 0),
  price_unit TEXT NOT NULL CHECK(price_unit IN ('day','month','year')),
  price_level_year INTEGER NOT NULL,
  CHECK(end IS NULL OR end >= start),
  CHECK(planned_stop IS NULL OR planned_stop >= start)
) STRICT;

-- opfølgning
CREATE TABLE follow_up(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  case_id TEXT NOT NULL REFERENCES child_case(id),
  measure_id TEXT REFERENCES measure(id),
  done INTEGER NOT NULL,
  outcome TEXT NOT NULL DEFAULT '',
  progress_score INTEGER CHECK(progress_score BETWEEN 1 AND 10),
  next_due INTEGER,
  note TEXT NOT NULL DEFAULT ''
) STRICT;

-- personrettet tilsyn (placed children)
CREATE TABLE supervision_visit(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  case_id TEXT NOT NULL REFERENCES child_case(id),
  visited INTEGER NOT NULL,
  child_conversation INTEGER NOT NULL DEFAULT 1,
  note TEXT NOT NULL DEFAULT ''
) STRICT;

-- korrigeret budget per year and measure group, with the cause text for the expected deviation
CREATE TABLE budget_line(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  year INTEGER NOT NULL,
  measure_group TEXT NOT NULL CHECK(measure_group IN ('preventive','placement','other')),
  corrected_budget_ore INTEGER NOT NULL,
  deviation_cause TEXT NOT NULL DEFAULT '',
  UNIQUE(year, measure_group)
) STRICT;

-- monthly actuals (forbrug) per group; month = day number of the month's first day
CREATE TABLE actual(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  month INTEGER NOT NULL,
  measure_group TEXT NOT NULL CHECK(measure_group IN ('preventive','placement','other')),
  amount_ore INTEGER NOT NULL,
  UNIQUE(month, measure_group)
) STRICT;

-- legal and local deadline rule sets (data, not code)
CREATE TABLE rule_set(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('law','local')),
  effective_from INTEGER NOT NULL,
  effective_to INTEGER              -- inclusive; NULL = still in force
) STRICT;

CREATE TABLE rule(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  rule_set_id TEXT NOT NULL REFERENCES rule_set(id),
  event TEXT NOT NULL,             -- e.g. 'notification_assessment', 'investigation', 'first_follow_up'
  due_offset INTEGER NOT NULL CHECK(due_offset > 0),
  unit TEXT NOT NULL CHECK(unit IN ('hours','days','working_days','weeks','months')),
  reference TEXT NOT NULL          -- e.g. 'Barnets Lov § 20, stk. 3'
) STRICT;

-- budget scenarios: the lever spec is a JSON document (docs/scenario-spec.schema.json)
CREATE TABLE scenario(
  id TEXT PRIMARY KEY, hlc TEXT NOT NULL, device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  spec_json TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

-- audit trail and basis of sync: one row per changed field (not itself synced)
CREATE TABLE change_log(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,                  -- JSON scalar text; NULL when the row was created
  new_value TEXT,
  device TEXT NOT NULL,
  hlc TEXT NOT NULL,
  command TEXT NOT NULL
) STRICT;

-- concurrent edits of the same field, kept until a person resolves them
CREATE TABLE conflict(
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  local_value TEXT,
  remote_value TEXT,
  local_device TEXT NOT NULL,
  remote_device TEXT NOT NULL,
  local_hlc TEXT NOT NULL,
  remote_hlc TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('field','edit_vs_delete')),
  resolved INTEGER NOT NULL DEFAULT 0
) STRICT;

-- local sync bookkeeping (server, last synced base, last sync time)
CREATE TABLE sync_state(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE INDEX case_by_caseworker ON child_case(caseworker_id);
CREATE INDEX case_by_child ON child_case(child_id);
CREATE INDEX measure_by_case ON measure(case_id);
CREATE INDEX follow_up_by_case ON follow_up(case_id);
CREATE INDEX notification_by_case ON notification(case_id);
CREATE INDEX investigation_by_case ON investigation(case_id);
CREATE INDEX plan_by_case ON child_plan(case_id);
CREATE INDEX goal_by_plan ON plan_goal(plan_id);
CREATE INDEX visit_by_case ON supervision_visit(case_id);
CREATE INDEX rule_by_set ON rule(rule_set_id);
CREATE INDEX change_log_by_entity ON change_log(entity, entity_id);
)SQL";

const std::vector<std::string_view>& migrations() {
  static const std::vector<std::string_view> all = {kV1};
  return all;
}

int schema_version() { return static_cast<int>(migrations().size()); }

const std::vector<std::string_view>& syncable_tables() {
  static const std::vector<std::string_view> tables = {
      "team",         "caseworker", "provider",  "measure_type",      "child",       "child_case",
      "notification", "investigation", "child_plan", "plan_goal",    "measure",     "follow_up",
      "supervision_visit", "budget_line", "actual", "rule_set",      "rule",        "scenario"};
  return tables;
}

Status migrate(Database& db) {
  auto v = db.query_int("PRAGMA user_version");
  if (!v) return v.error();
  const int have = static_cast<int>(v.value());
  if (have > schema_version())
    return Error{"schema", "workspace has schema version " + std::to_string(have) + ", newer than this build (" +
                               std::to_string(schema_version()) + "); update Overblik"};
  for (int i = have; i < schema_version(); ++i) {
    Transaction tx(db);
    if (auto s = db.exec(migrations()[i]); !s) return Error{"schema migration " + std::to_string(i + 1), s.error().message};
    if (auto s = db.exec("PRAGMA user_version=" + std::to_string(i + 1)); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
  }
  return ok_status();
}

}  // namespace overblik::store

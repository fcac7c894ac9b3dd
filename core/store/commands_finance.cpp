// Commands on budget lines, monthly actuals and scenarios, and the generic tombstone (DeleteRow).
#include <nlohmann/json.hpp>

#include "core/store/command_context.h"
#include "core/store/references.h"
#include "core/store/schema.h"

namespace overblik::store::detail {

namespace {
const std::vector<std::string_view> kGroups = {"preventive", "placement", "other"};

// The row keyed by a natural key (year or month, group), deleted or not; "" if none. Rows with a natural key
// are revived rather than duplicated (the key is unique in the schema).
Result<std::string> row_by_key(Ctx& c, std::string_view table, std::string_view key_column, int64_t key,
                               const std::string& group) {
  auto st = c.ws.db().prepare("SELECT id FROM " + std::string(table) + " WHERE " + std::string(key_column) +
                              "=? AND measure_group=?");
  if (!st) return st.error();
  st.value().bind(1, key).bind(2, group);
  if (st.value().step()) return st.value().text(0);
  return std::string();
}

// Inserts a keyed row or updates (and revives) the existing one.
Result<std::string> upsert(Ctx& c, std::string_view table, const std::string& existing,
                           std::vector<FieldValue> fields) {
  if (existing.empty()) {
    auto id = c.new_id();
    if (!id) return id.error();
    OVERBLIK_TRY(c.w.insert(table, id.value(), fields));
    return id.value();
  }
  fields.push_back({"deleted", int64_t{0}});
  OVERBLIK_TRY(c.w.update(table, existing, fields));
  return existing;
}
}  // namespace

Result<CommandResult> run(Ctx& c, const SetBudgetLine& cmd) {
  OVERBLIK_TRY(c.range("year", cmd.year, 1900, 2199));
  OVERBLIK_TRY(c.one_of("group", cmd.group, kGroups));
  if (cmd.corrected_budget_ore < 0) return c.err("corrected_budget_ore", "a budget must not be negative");
  OVERBLIK_TRY(c.text("deviation_cause", cmd.deviation_cause, false));
  auto existing = row_by_key(c, "budget_line", "year", cmd.year, cmd.group);
  if (!existing) return existing.error();
  auto id = upsert(c, "budget_line", existing.value(),
                   {{"year", cmd.year},
                    {"measure_group", cmd.group},
                    {"corrected_budget_ore", cmd.corrected_budget_ore},
                    {"deviation_cause", cmd.deviation_cause}});
  if (!id) return id.error();
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const SetDeviationCause& cmd) {
  OVERBLIK_TRY(c.one_of("group", cmd.group, kGroups));
  OVERBLIK_TRY(c.text("cause", cmd.cause, false));
  auto existing = row_by_key(c, "budget_line", "year", cmd.year, cmd.group);
  if (!existing) return existing.error();
  if (existing.value().empty())
    return c.err("year", "no budget line for " + std::to_string(cmd.year) + " " + cmd.group);
  OVERBLIK_TRY(c.live("budget_line", existing.value(), "year"));
  OVERBLIK_TRY(c.w.update("budget_line", existing.value(), {{"deviation_cause", cmd.cause}}));
  return CommandResult{existing.value()};
}

Result<CommandResult> run(Ctx& c, const RecordActual& cmd) {
  OVERBLIK_TRY(c.date("month", cmd.month));
  if (civil_from_day(cmd.month).day != 1) return c.err("month", "give the first day of the month");
  OVERBLIK_TRY(c.one_of("group", cmd.group, kGroups));
  auto existing = row_by_key(c, "actual", "month", cmd.month, cmd.group);
  if (!existing) return existing.error();
  auto id = upsert(c, "actual", existing.value(),
                   {{"month", cmd.month}, {"measure_group", cmd.group}, {"amount_ore", cmd.amount_ore}});
  if (!id) return id.error();
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const SaveScenario& cmd) {
  OVERBLIK_TRY(c.text("name", cmd.name, true));
  OVERBLIK_TRY(c.text("notes", cmd.notes, false));
  if (cmd.spec_json.size() > 1000000) return c.err("spec_json", "scenario spec too large (max 1 MB)");
  auto spec = nlohmann::json::parse(cmd.spec_json, nullptr, false);
  if (spec.is_discarded() || !spec.is_object()) return c.err("spec_json", "not a JSON object");
  std::vector<FieldValue> fields = {{"name", cmd.name}, {"spec_json", cmd.spec_json}, {"notes", cmd.notes}};
  if (!cmd.scenario_id) {
    auto id = c.new_id();
    if (!id) return id.error();
    OVERBLIK_TRY(c.w.insert("scenario", id.value(), fields));
    return CommandResult{id.value()};
  }
  OVERBLIK_TRY(c.live("scenario", *cmd.scenario_id, "scenario_id"));
  OVERBLIK_TRY(c.w.update("scenario", *cmd.scenario_id, fields));
  return CommandResult{*cmd.scenario_id};
}

Result<CommandResult> run(Ctx& c, const DeleteScenario& cmd) {
  OVERBLIK_TRY(c.live("scenario", cmd.scenario_id, "scenario_id"));
  OVERBLIK_TRY(c.w.update("scenario", cmd.scenario_id, {{"deleted", int64_t{1}}}));
  return CommandResult{cmd.scenario_id};
}

Result<CommandResult> run(Ctx& c, const DeleteRow& cmd) {
  bool syncable = false;
  for (auto t : syncable_tables()) syncable = syncable || t == cmd.table;
  if (!syncable) return c.err("table", in_quotes(cmd.table) + " is not a table of the workspace");
  OVERBLIK_TRY(c.live(cmd.table, cmd.id, "id"));
  auto refs = live_references(c.ws.db(), cmd.table, cmd.id);
  if (!refs) return refs.error();
  if (!refs.value().empty())
    return c.err("id", "still referred to by " + std::to_string(refs.value().size()) + " live row(s), e.g. " +
                           refs.value().front().table + " " + in_quotes(refs.value().front().id));
  OVERBLIK_TRY(c.w.update(cmd.table, cmd.id, {{"deleted", int64_t{1}}}));
  return CommandResult{cmd.id};
}

}  // namespace overblik::store::detail

// Commands on measures (indsatser) and their follow-up: start, stop, price, follow-ups, supervision visits.
#include "core/rules/rule_book.h"
#include "core/rules/rule_sets.h"
#include "core/store/command_context.h"

namespace overblik::store::detail {

namespace {
Status price(Ctx& c, Ore price_ore, const std::string& unit, int level_year) {
  if (price_ore < 0) return c.err("price_ore", "a price must not be negative");
  OVERBLIK_TRY(c.one_of("price_unit", unit, {"day", "month", "year"}));
  OVERBLIK_TRY(c.range("price_level_year", level_year, 1900, 2199));
  return ok_status();
}

Status cadence(Ctx& c, std::string_view field, std::optional<int> months) {
  if (months) OVERBLIK_TRY(c.range(field, *months, 1, 12));
  return ok_status();
}
}  // namespace

Result<CommandResult> run(Ctx& c, const StartMeasure& cmd) {
  OVERBLIK_TRY(c.within_case("start", cmd.start, cmd.case_id));
  OVERBLIK_TRY(c.live("measure_type", cmd.type_id, "type_id"));
  if (cmd.provider_id) OVERBLIK_TRY(c.live("provider", *cmd.provider_id, "provider_id"));
  if (cmd.planned_stop) {
    OVERBLIK_TRY(c.date("planned_stop", *cmd.planned_stop));
    OVERBLIK_TRY(c.not_before("planned_stop", *cmd.planned_stop, cmd.start, "the start"));
  }
  OVERBLIK_TRY(price(c, cmd.price_ore, cmd.price_unit, cmd.price_level_year));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("measure", id.value(),
                          {{"case_id", cmd.case_id},
                           {"type_id", cmd.type_id},
                           {"provider_id", opt_value(cmd.provider_id)},
                           {"start", cmd.start},
                           {"planned_stop", opt_value(cmd.planned_stop)},
                           {"price_ore", cmd.price_ore},
                           {"price_unit", cmd.price_unit},
                           {"price_level_year", cmd.price_level_year}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const StopMeasure& cmd) {
  return c.set_date({"measure", "measure_id", "end", "end", "start", "the start"}, cmd.measure_id, cmd.end);
}

Result<CommandResult> run(Ctx& c, const ChangeMeasurePrice& cmd) {
  OVERBLIK_TRY(c.live("measure", cmd.measure_id, "measure_id"));
  OVERBLIK_TRY(price(c, cmd.price_ore, cmd.price_unit, cmd.price_level_year));
  OVERBLIK_TRY(c.w.update(
      "measure", cmd.measure_id,
      {{"price_ore", cmd.price_ore}, {"price_unit", cmd.price_unit}, {"price_level_year", cmd.price_level_year}}));
  return CommandResult{cmd.measure_id};
}

Result<CommandResult> run(Ctx& c, const RecordFollowUp& cmd) {
  OVERBLIK_TRY(c.within_case("done", cmd.done, cmd.case_id));
  if (cmd.measure_id) {
    auto m = c.live("measure", *cmd.measure_id, "measure_id", {"case_id"});
    if (!m) return m.error();
    if (as_text(m.value()[0]) != cmd.case_id) return c.err("measure_id", "the measure belongs to another case");
  }
  if (cmd.progress_score) OVERBLIK_TRY(c.range("progress_score", *cmd.progress_score, 1, 10));
  if (cmd.next_due) {
    OVERBLIK_TRY(c.date("next_due", *cmd.next_due));
    OVERBLIK_TRY(c.not_before("next_due", *cmd.next_due, cmd.done, "the follow-up"));
  }
  OVERBLIK_TRY(c.text("note", cmd.note, false));
  OVERBLIK_TRY(c.text("outcome", cmd.outcome, false));
  OVERBLIK_TRY(cadence(c, "cadence_months", cmd.cadence_months));
  if (cmd.cadence_months) {
    auto earlier = c.ws.db().prepare("SELECT COUNT(*) FROM follow_up WHERE case_id=? AND deleted=0");
    if (!earlier) return earlier.error();
    earlier.value().bind(1, cmd.case_id);
    if (earlier.value().step() && earlier.value().int64(0) > 0)
      return c.err("cadence_months", "the cadence is decided at the case's first follow-up; use SetFollowUpCadence");
    auto book = rules::RuleBook::load(c.ws.db());
    if (!book) return book.error();
    const rules::RuleSet* law = book.value().law_on(cmd.done);
    if (!law || !law->find(rules::event::kFollowUpCaseCadence))
      return c.err("cadence_months", "a cadence per case is decided under Barnets Lov (from 2024-01-01) only");
  }
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("follow_up", id.value(),
                          {{"case_id", cmd.case_id},
                           {"measure_id", opt_value(cmd.measure_id)},
                           {"done", cmd.done},
                           {"outcome", cmd.outcome},
                           {"progress_score", opt_value(cmd.progress_score)},
                           {"next_due", opt_value(cmd.next_due)},
                           {"note", cmd.note}}));
  if (cmd.cadence_months)
    OVERBLIK_TRY(c.w.update("child_case", cmd.case_id, {{"follow_up_cadence_months", *cmd.cadence_months}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const SetFollowUpCadence& cmd) {
  OVERBLIK_TRY(c.live("child_case", cmd.case_id, "case_id"));
  OVERBLIK_TRY(cadence(c, "months", cmd.months));
  const Value months = opt_value(cmd.months);  // (a named value: GCC 12 warns falsely on the inline temporary)
  OVERBLIK_TRY(c.w.update("child_case", cmd.case_id, {{"follow_up_cadence_months", months}}));
  return CommandResult{cmd.case_id};
}

Result<CommandResult> run(Ctx& c, const RecordSupervisionVisit& cmd) {
  OVERBLIK_TRY(c.within_case("visited", cmd.visited, cmd.case_id));
  OVERBLIK_TRY(c.text("note", cmd.note, false));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("supervision_visit", id.value(),
                          {{"case_id", cmd.case_id},
                           {"visited", cmd.visited},
                           {"child_conversation", int64_t{cmd.child_conversation ? 1 : 0}},
                           {"note", cmd.note}}));
  return CommandResult{id.value()};
}

}  // namespace overblik::store::detail

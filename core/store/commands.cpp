#include "core/store/commands.h"

#include <iterator>

#include "core/store/command_context.h"

namespace overblik::store {

namespace {
// In the order of the Command variant.
constexpr const char* kNames[] = {"CreateTeam",
                                  "CreateCaseworker",
                                  "CreateProvider",
                                  "OpenCase",
                                  "AssignCase",
                                  "CloseCase",
                                  "RecordNotification",
                                  "AssessNotification",
                                  "SendNotificationReceipt",
                                  "StartInvestigation",
                                  "CompleteInvestigation",
                                  "CreateChildPlan",
                                  "SignChildPlan",
                                  "AddPlanGoal",
                                  "StartMeasure",
                                  "StopMeasure",
                                  "ChangeMeasurePrice",
                                  "RecordFollowUp",
                                  "SetFollowUpCadence",
                                  "RecordSupervisionVisit",
                                  "SetBudgetLine",
                                  "SetDeviationCause",
                                  "RecordActual",
                                  "SaveScenario",
                                  "DeleteScenario",
                                  "DeleteRow"};
static_assert(std::size(kNames) == std::variant_size_v<Command>, "one name per command");
}  // namespace

const char* command_name(const Command& c) {
  return kNames[c.index()];
}

Result<CommandResult> apply(Workspace& ws, const Command& command, int64_t now_ms) {
  const char* name = command_name(command);
  Transaction tx(ws.db());
  if (!tx.begun()) return Error{name, "cannot begin a transaction: " + ws.db().last_error()};
  const Hlc stamp = ws.next_stamp(now_ms);
  detail::Ctx ctx{ws, name, ChangeWriter(ws.db(), name, stamp, ws.device())};
  auto result = std::visit([&](const auto& cmd) { return detail::run(ctx, cmd); }, command);
  if (!result) return result.error();  // the transaction rolls back: nothing changed
  OVERBLIK_TRY(tx.commit());
  result.value().changed_fields = ctx.w.changed_fields();
  return result;
}

namespace detail {

std::string in_quotes(std::string_view text) {
  std::string q(1, '\'');
  q.append(text.substr(0, 60)).push_back('\'');
  return q;
}

static std::string entity_name(std::string_view table) {
  return table == "child_case" ? "case" : std::string(table);
}

Error Ctx::err(std::string_view field, std::string message) const {
  return Error{command + "." + std::string(field), std::move(message)};
}

Result<std::vector<Value>> Ctx::live(std::string_view table, const std::string& id, std::string_view field,
                                     const std::vector<std::string_view>& fields) {
  if (id.empty()) return err(field, "no " + entity_name(table) + " given");
  std::vector<std::string_view> all = fields;
  all.push_back("deleted");
  auto row = w.read(table, id, all);
  if (!row) return err(field, "no " + entity_name(table) + " " + in_quotes(id));
  if (as_int(row.value().back()) != 0) return err(field, entity_name(table) + " " + in_quotes(id) + " is deleted");
  row.value().pop_back();
  return row;
}

Status Ctx::date(std::string_view field, Day d) const {
  if (d < day_from_civil(1900, 1, 1) || d > day_from_civil(2199, 12, 31))
    return err(field, "date out of range (1900-2199)");
  return ok_status();
}

Status Ctx::not_before(std::string_view field, Day d, Day earliest, std::string_view earliest_what) const {
  if (d < earliest)
    return err(field,
               format_iso_date(d) + " is before " + std::string(earliest_what) + " " + format_iso_date(earliest));
  return ok_status();
}

Status Ctx::text(std::string_view field, const std::string& s, bool required) const {
  if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) return err(field, "must not be empty");
  if (s.size() > kMaxTextLength)
    return err(field, "text too long (max " + std::to_string(kMaxTextLength) + " characters)");
  return ok_status();
}

Status Ctx::one_of(std::string_view field, const std::string& s, const std::vector<std::string_view>& allowed) const {
  std::string list;
  for (auto a : allowed) {
    if (s == a) return ok_status();
    list.append(list.empty() ? "" : ", ").append(a);
  }
  return err(field, in_quotes(s) + " is not one of " + list);
}

Status Ctx::range(std::string_view field, int64_t v, int64_t lo, int64_t hi) const {
  if (v < lo || v > hi)
    return err(field, std::to_string(v) + " is outside " + std::to_string(lo) + "-" + std::to_string(hi));
  return ok_status();
}

Status Ctx::within_case(std::string_view field, Day d, const std::string& case_id) {
  auto c = live("child_case", case_id, "case_id", {"opened", "closed"});
  if (!c) return c.error();
  OVERBLIK_TRY(date(field, d));
  OVERBLIK_TRY(not_before(field, d, static_cast<Day>(as_int(c.value()[0])), "the case's opening"));
  if (auto closed = as_opt_int(c.value()[1]); closed && d > *closed)
    return err(field,
               format_iso_date(d) + " is after the case was closed " + format_iso_date(static_cast<Day>(*closed)));
  return ok_status();
}

Result<std::string> Ctx::new_id() {
  return ws.new_id();
}

Result<CommandResult> Ctx::set_date(const DateOnRow& what, const std::string& id, Day d) {
  auto row = live(what.table, id, what.id_field, {what.earliest_column});
  if (!row) return row.error();
  OVERBLIK_TRY(date(what.field, d));
  OVERBLIK_TRY(not_before(what.field, d, static_cast<Day>(as_int(row.value()[0])), what.earliest_what));
  OVERBLIK_TRY(w.update(what.table, id, {{what.column, int64_t{d}}}));
  return CommandResult{id};
}

}  // namespace detail
}  // namespace overblik::store

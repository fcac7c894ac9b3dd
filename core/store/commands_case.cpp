// Commands on a case and its case work: opening, assignment, closing, notifications, investigations, plans.
#include "core/store/command_context.h"

namespace overblik::store::detail {

namespace {
constexpr int64_t kFalse = 0;
constexpr int64_t kTrue = 1;
int64_t flag(bool b) {
  return b ? kTrue : kFalse;
}

// The status of a live case; an error if the case is missing, deleted or (when must_be_open) closed.
Status open_case(Ctx& c, const std::string& case_id) {
  auto row = c.live("child_case", case_id, "case_id", {"status"});
  if (!row) return row.error();
  if (as_text(row.value()[0]) != "open") return c.err("case_id", "case '" + case_id + "' is closed");
  return ok_status();
}
}  // namespace

Result<CommandResult> run(Ctx& c, const OpenCase& cmd) {
  if (cmd.child_id.has_value() == cmd.new_child.has_value())
    return c.err("child_id", "give either an existing child or a new child");
  OVERBLIK_TRY(c.live("team", cmd.team_id, "team_id"));
  if (cmd.caseworker_id) OVERBLIK_TRY(c.live("caseworker", *cmd.caseworker_id, "caseworker_id"));
  OVERBLIK_TRY(c.date("opened", cmd.opened));
  OVERBLIK_TRY(c.range("case_weight_milli", cmd.case_weight_milli, 1, 100000));
  OVERBLIK_TRY(c.range("concern_level", cmd.concern_level, 1, 5));
  std::string child_id;
  if (cmd.new_child) {
    const NewChild& nc = *cmd.new_child;
    OVERBLIK_TRY(c.text("new_child.pseudonym", nc.pseudonym, true));
    OVERBLIK_TRY(c.text("new_child.district", nc.district, false));
    OVERBLIK_TRY(c.date("new_child.birth_date", nc.birth_date));
    OVERBLIK_TRY(c.not_before("opened", cmd.opened, nc.birth_date, "the child's birth"));
    auto id = c.new_id();
    if (!id) return id.error();
    child_id = id.value();
    OVERBLIK_TRY(c.w.insert("child", child_id,
                            {{"pseudonym", nc.pseudonym}, {"birth_date", nc.birth_date}, {"district", nc.district}}));
  } else {
    auto child = c.live("child", *cmd.child_id, "child_id", {"birth_date"});
    if (!child) return child.error();
    OVERBLIK_TRY(c.not_before("opened", cmd.opened, static_cast<Day>(as_int(child.value()[0])), "the child's birth"));
    child_id = *cmd.child_id;
  }
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("child_case", id.value(),
                          {{"child_id", child_id},
                           {"caseworker_id", opt_value(cmd.caseworker_id)},
                           {"team_id", cmd.team_id},
                           {"status", std::string("open")},
                           {"opened", cmd.opened},
                           {"case_weight_milli", cmd.case_weight_milli},
                           {"concern_level", cmd.concern_level}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const AssignCase& cmd) {
  OVERBLIK_TRY(open_case(c, cmd.case_id));
  if (cmd.caseworker_id) OVERBLIK_TRY(c.live("caseworker", *cmd.caseworker_id, "caseworker_id"));
  OVERBLIK_TRY(c.w.update("child_case", cmd.case_id, {{"caseworker_id", opt_value(cmd.caseworker_id)}}));
  return CommandResult{cmd.case_id};
}

Result<CommandResult> run(Ctx& c, const CloseCase& cmd) {
  OVERBLIK_TRY(open_case(c, cmd.case_id));
  OVERBLIK_TRY(c.within_case("closed", cmd.closed, cmd.case_id));
  OVERBLIK_TRY(
      c.w.update("child_case", cmd.case_id, {{"status", std::string("closed")}, {"closed", int64_t{cmd.closed}}}));
  return CommandResult{cmd.case_id};
}

Result<CommandResult> run(Ctx& c, const RecordNotification& cmd) {
  OVERBLIK_TRY(c.live("child_case", cmd.case_id, "case_id"));
  OVERBLIK_TRY(c.date("received", cmd.received));
  OVERBLIK_TRY(c.text("source", cmd.source, true));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("notification", id.value(),
                          {{"case_id", cmd.case_id},
                           {"received", cmd.received},
                           {"source", cmd.source},
                           {"professional_reporter", flag(cmd.professional_reporter)}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const AssessNotification& cmd) {
  return c.set_date({"notification", "notification_id", "assessed", "assessed", "received", "its receipt"},
                    cmd.notification_id, cmd.assessed);
}

Result<CommandResult> run(Ctx& c, const SendNotificationReceipt& cmd) {
  auto n = c.live("notification", cmd.notification_id, "notification_id", {"received", "professional_reporter"});
  if (!n) return n.error();
  if (as_int(n.value()[1]) == 0) return c.err("notification_id", "a receipt is only sent to a professional reporter");
  OVERBLIK_TRY(c.date("sent", cmd.sent));
  OVERBLIK_TRY(c.not_before("sent", cmd.sent, static_cast<Day>(as_int(n.value()[0])), "its receipt"));
  OVERBLIK_TRY(c.w.update("notification", cmd.notification_id, {{"receipt_sent", cmd.sent}}));
  return CommandResult{cmd.notification_id};
}

Result<CommandResult> run(Ctx& c, const StartInvestigation& cmd) {
  OVERBLIK_TRY(c.within_case("started", cmd.started, cmd.case_id));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("investigation", id.value(), {{"case_id", cmd.case_id}, {"started", cmd.started}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const CompleteInvestigation& cmd) {
  return c.set_date({"investigation", "investigation_id", "completed", "completed", "started", "its start"},
                    cmd.investigation_id, cmd.completed);
}

Result<CommandResult> run(Ctx& c, const CreateChildPlan& cmd) {
  OVERBLIK_TRY(c.within_case("decided", cmd.decided, cmd.case_id));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("child_plan", id.value(),
                          {{"case_id", cmd.case_id}, {"decided", cmd.decided}, {"youth_plan", flag(cmd.youth_plan)}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const SignChildPlan& cmd) {
  return c.set_date({"child_plan", "plan_id", "signed_on", "signed", "decided", "the decision"}, cmd.plan_id,
                    cmd.signed_on);
}

Result<CommandResult> run(Ctx& c, const AddPlanGoal& cmd) {
  auto plan = c.live("child_plan", cmd.plan_id, "plan_id", {"decided"});
  if (!plan) return plan.error();
  OVERBLIK_TRY(c.text("text", cmd.text, true));
  if (cmd.target_date) {
    OVERBLIK_TRY(c.date("target_date", *cmd.target_date));
    OVERBLIK_TRY(
        c.not_before("target_date", *cmd.target_date, static_cast<Day>(as_int(plan.value()[0])), "the decision"));
  }
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("plan_goal", id.value(),
                          {{"plan_id", cmd.plan_id},
                           {"text", cmd.text},
                           {"target_date", opt_value(cmd.target_date)},
                           {"school_goal", flag(cmd.school_goal)}}));
  return CommandResult{id.value()};
}

}  // namespace overblik::store::detail

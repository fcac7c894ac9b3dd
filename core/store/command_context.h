#pragma once
// Internal to the command implementations (commands_*.cpp): the context a command runs in and the shared
// validation helpers, so every command reports errors the same way ("<Command>.<field>: message").
#include <string>
#include <string_view>
#include <vector>

#include "core/store/change_writer.h"
#include "core/store/commands.h"

// Returns the error of a failed Status/Result expression from the enclosing function.
#define OVERBLIK_TRY(expr) \
  if (auto try_result_ = (expr); !try_result_) return try_result_.error()

namespace overblik::store::detail {

// 'text' in quotes for an error message, cut at 60 characters.
std::string in_quotes(std::string_view text);

struct Ctx {
  Workspace& ws;
  std::string command;
  ChangeWriter w;

  Error err(std::string_view field, std::string message) const;
  // The fields of a live row named by the command's `field`; a located error if it is missing or deleted.
  Result<std::vector<Value>> live(std::string_view table, const std::string& id, std::string_view field,
                                  const std::vector<std::string_view>& fields = {});
  Status date(std::string_view field, Day d) const;
  Status not_before(std::string_view field, Day d, Day earliest, std::string_view earliest_what) const;
  Status text(std::string_view field, const std::string& s, bool required) const;
  Status one_of(std::string_view field, const std::string& s, const std::vector<std::string_view>& allowed) const;
  Status range(std::string_view field, int64_t v, int64_t lo, int64_t hi) const;
  // A case's open period must contain `d` (not before opened, not after closed).
  Status within_case(std::string_view field, Day d, const std::string& case_id);
  Result<std::string> new_id();

  // A date recorded on an existing row (assessed, completed, signed, end): the row named by the command's
  // `id_field` must be live, and `d` (the command's `field`) must not be before the row's `earliest_column`.
  struct DateOnRow {
    std::string_view table, id_field, field, column, earliest_column, earliest_what;
  };
  Result<CommandResult> set_date(const DateOnRow& what, const std::string& id, Day d);
};

// One per command (defined in commands_<entity>.cpp).
Result<CommandResult> run(Ctx&, const CreateTeam&);
Result<CommandResult> run(Ctx&, const CreateCaseworker&);
Result<CommandResult> run(Ctx&, const CreateProvider&);
Result<CommandResult> run(Ctx&, const OpenCase&);
Result<CommandResult> run(Ctx&, const AssignCase&);
Result<CommandResult> run(Ctx&, const CloseCase&);
Result<CommandResult> run(Ctx&, const RecordNotification&);
Result<CommandResult> run(Ctx&, const AssessNotification&);
Result<CommandResult> run(Ctx&, const SendNotificationReceipt&);
Result<CommandResult> run(Ctx&, const StartInvestigation&);
Result<CommandResult> run(Ctx&, const CompleteInvestigation&);
Result<CommandResult> run(Ctx&, const CreateChildPlan&);
Result<CommandResult> run(Ctx&, const SignChildPlan&);
Result<CommandResult> run(Ctx&, const AddPlanGoal&);
Result<CommandResult> run(Ctx&, const StartMeasure&);
Result<CommandResult> run(Ctx&, const StopMeasure&);
Result<CommandResult> run(Ctx&, const ChangeMeasurePrice&);
Result<CommandResult> run(Ctx&, const RecordFollowUp&);
Result<CommandResult> run(Ctx&, const SetFollowUpCadence&);
Result<CommandResult> run(Ctx&, const RecordSupervisionVisit&);
Result<CommandResult> run(Ctx&, const SetBudgetLine&);
Result<CommandResult> run(Ctx&, const SetDeviationCause&);
Result<CommandResult> run(Ctx&, const RecordActual&);
Result<CommandResult> run(Ctx&, const SaveScenario&);
Result<CommandResult> run(Ctx&, const DeleteScenario&);
Result<CommandResult> run(Ctx&, const DeleteRow&);

}  // namespace overblik::store::detail

// Commands on the organisation: teams, caseworkers, providers.
#include "core/store/command_context.h"

namespace overblik::store::detail {

Result<CommandResult> run(Ctx& c, const CreateTeam& cmd) {
  OVERBLIK_TRY(c.text("name", cmd.name, true));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("team", id.value(), {{"name", cmd.name}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const CreateCaseworker& cmd) {
  OVERBLIK_TRY(c.text("name", cmd.name, true));
  if (cmd.team_id) OVERBLIK_TRY(c.live("team", *cmd.team_id, "team_id"));
  OVERBLIK_TRY(c.range("fte_milli", cmd.fte_milli, 0, 1000));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("caseworker", id.value(),
                          {{"name", cmd.name}, {"team_id", opt_value(cmd.team_id)}, {"fte_milli", cmd.fte_milli}}));
  return CommandResult{id.value()};
}

Result<CommandResult> run(Ctx& c, const CreateProvider& cmd) {
  OVERBLIK_TRY(c.text("name", cmd.name, true));
  OVERBLIK_TRY(c.one_of("kind", cmd.kind, {"internal", "external"}));
  auto id = c.new_id();
  if (!id) return id.error();
  OVERBLIK_TRY(c.w.insert("provider", id.value(), {{"name", cmd.name}, {"kind", cmd.kind}}));
  return CommandResult{id.value()};
}

}  // namespace overblik::store::detail

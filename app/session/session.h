// The app's open workspace: the core Workspace, the steering Facts and the case index loaded from it, and the
// one way views change it: dispatch(Command). A command is applied by the core in one transaction; on error
// the located error is kept for the form to show inline; on success the derived models that depend on the
// changed rows are refreshed (facts patched, the case's index entry and deadlines re-read) and generation()
// moves on, so views rebuild their cached view models once instead of querying every frame.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/demo/demo.h"
#include "core/steering/facts.h"
#include "core/store/commands.h"
#include "core/viewmodels/case_index.h"

namespace overblik::app::session {

class Session {
 public:
  bool is_open() const { return workspace_.has_value(); }
  store::Workspace& workspace() { return *workspace_; }
  const steering::Facts& facts() const { return facts_; }
  const viewmodels::CaseIndex& index() const { return index_; }
  Day today() const { return today_; }
  const std::string& name() const { return name_; }
  bool persistent() const { return persistent_; }

  // Generates a demo municipality into `target` (the browser's workspace database, taken over by the
  // session) when it is empty, else into a new in-memory database. Returns a located error on failure.
  Status open_demo(demo::DemoSize size, uint64_t seed, store::Database* target);
  // Opens the workspace already held by `target` (e.g. a demo generated before a reload).
  Status open_existing(store::Database* target);
  // True if `db` holds a workspace (has a device identity), so open_existing can take it.
  static bool holds_workspace(store::Database& db);
  static std::string workspace_name(store::Database& db);
  void close();

  // Applies a command at the current time. On error: false, and error() holds the located error.
  bool dispatch(const store::Command& command);
  const std::optional<Error>& error() const { return error_; }
  void clear_error() { error_.reset(); }
  // Moves on after every successful command (and on open).
  uint64_t generation() const { return generation_; }
  // The case the last successful command changed ("" if none).
  const std::string& changed_case() const { return changed_case_; }
  // After sync merged rows from other devices into the open workspace (or a conflict was resolved): the clock
  // observes the newest remote stamp ("" = none) so later edits order after it, and the facts and case index
  // are rebuilt and generation() moves on, as after a command, so every view shows the merged data.
  Status reload_after_merge(const std::string& max_remote_hlc);

  // Wall time of the last dispatch and of loading, in milliseconds (shown nowhere; for performance checks).
  double last_refresh_ms() const { return last_refresh_ms_; }
  double load_ms() const { return load_ms_; }

 private:
  Status adopt(store::Workspace ws, bool persistent);
  struct Models;  // facts, case index and today, derived from the workspace's rows
  static Result<Models> build_models(store::Workspace& ws);
  void take(Models models);
  std::optional<store::Workspace> workspace_;
  steering::Facts facts_;
  viewmodels::CaseIndex index_;
  Day today_ = 0;
  std::string name_;
  bool persistent_ = false;
  std::optional<Error> error_;
  uint64_t generation_ = 0;
  std::string changed_case_;
  double last_refresh_ms_ = 0, load_ms_ = 0;
};

// Today's date on this device (the local calendar day).
Day local_today();

// A device id for the rows this browser writes: unique enough per device (time in base 36).
std::string new_device_id();

}  // namespace overblik::app::session

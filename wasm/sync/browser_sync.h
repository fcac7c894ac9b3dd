#pragma once
// Issue 8: syncing the open workspace with serve.py from the browser. The core's SyncSession is a state
// machine; this drives it with fetch() (wasm/js/library_sync.js): each step becomes one request, its answer
// is fed back when it arrives, so the page never blocks and the person keeps editing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/store/db.h"

namespace overblik::websync {

// Where and as whom to sync. The token stays in local storage: never in a URL or a log line.
struct Settings {
  std::string server;     // base URL; empty: the page's origin
  std::string workspace;  // serve.py workspace id
  std::string token;      // bearer token of that workspace
  bool complete() const { return !workspace.empty() && !token.empty(); }
};

enum class State : uint8_t { unconfigured, idle, syncing, offline, failed };

struct Status {
  State state = State::unconfigured;
  std::string last_sync;       // "dd-mm-åååå tt:mm" of the last successful sync; empty before the first
  std::string message;         // the reason when failed
  int requests = 0;            // requests made in the running sync (progress)
  size_t conflicts = 0;        // conflicts the last sync recorded
  size_t rows_written = 0;     // local rows the last sync's merge changed (the views reload them)
  int failures = 0;            // failed syncs in a row (drives the backoff of automatic syncs)
  int completed = 0;           // successful syncs so far (views reload what a merge may have changed)
  std::string max_remote_hlc;  // newest remote stamp of the last sync, for the device clock
};

// Starts one sync of `db` unless one is running; false when not started.
bool sync_now(store::Database& db, const Settings& settings, const std::string& device);

// The connection `db` is about to close (the tab reopens its workspace, e.g. after a take-over): a sync running
// on it stops at once, its answers are ignored, and the next automatic sync is due right away on the new one.
void abandon_sync_on(const store::Database& db);

const Status& status();

// Seconds until the next automatic sync is due, `interval` after the last one, doubled per failure in a row
// (at most 10 minutes): the backoff on 412 streaks the session gave up on and network errors.
double seconds_until_due(double now_seconds, double interval_seconds);

}  // namespace overblik::websync

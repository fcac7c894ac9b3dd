#pragma once
// One sync of the local workspace with the server, as a state machine the caller drives: it asks for a request
// (step()), the caller makes it however it can (in memory in tests, fetch() in the browser, asynchronously)
// and feeds the answer back (on_*). Network waits never hold a database transaction: the merge is one short
// transaction when every pulled body is in, so the person keeps editing while requests are in flight.
//
//   get_head ──(head = base)────────────────────────────────► push?
//      │ (moved)                                              │ nothing changed → done
//      ▼                                                      ▼
//    list → get_snapshot × chain since base → merge ───────► post (If-Match: head)
//      ▲                                                      │ 201 → base = pushed rows → done
//      └──────────────── wait (backoff) ◄────────────── 412 ──┘ (at most max_pushes tries, then failed)
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/sync/replica.h"
#include "core/sync/transport.h"

namespace overblik::sync {

struct SyncOptions {
  std::string device;  // this device's id, written into pushed bodies
  int max_pushes = 6;  // pushes tried (each 412 costs one) before the sync gives up
  // Wait before try n+1 after n stale pushes; empty: 200 ms · 2^(n-1), at most 10 s.
  std::function<int64_t(int)> backoff_ms;
  int64_t full_snapshot_every = 64;  // push a full snapshot instead of a delta this many deltas after the last one
};

struct SyncReport {
  std::optional<std::string> head;  // the base after the sync
  size_t snapshots_pulled = 0;
  size_t remote_rows = 0;   // rows the server changed since the base
  size_t rows_written = 0;  // local rows the merge changed
  size_t conflicts = 0;     // conflicts recorded
  size_t rows_pushed = 0;
  size_t bytes_pushed = 0;
  bool pushed_full = false;
  int pushes = 0;              // POSTs made, including stale ones
  std::string max_remote_hlc;  // feed to the device's HlcClock::observe so later edits stamp after it
};

enum class SyncStep : uint8_t { get_head, list, get_snapshot, post, wait, done, failed };

class SyncSession {
 public:
  SyncSession(Replica& replica, SyncOptions options);

  SyncStep step() const { return step_; }
  const std::string& snapshot_id() const { return chain_[parts_.size()]; }     // for get_snapshot
  const std::optional<std::string>& if_match() const { return remote_head_; }  // for post; nullopt = "none"
  const std::string& body() const { return body_; }                            // for post
  int64_t wait_ms() const { return wait_ms_; }                                 // for wait
  const SyncReport& report() const { return report_; }
  const Error& error() const { return error_; }  // when failed

  void on_head(const Result<std::optional<std::string>>& head);
  void on_list(const Result<std::vector<SnapshotEntry>>& history);
  void on_snapshot(const Result<std::string>& body);
  void on_post(const Result<PostOutcome>& outcome);
  void on_waited();

 private:
  void fail(const Error& e);
  void merge_pulled(bool reached_full);
  void prepare_push(int64_t depth);

  Replica* replica_;
  SyncOptions opt_;
  SyncStep step_ = SyncStep::get_head;
  SyncReport report_;
  Error error_;
  std::optional<std::string> remote_head_;
  std::vector<std::string> chain_;  // snapshot ids since the base, newest first
  std::vector<RemoteRows> parts_;   // their rows, as fetched
  ChangedRows pushing_;
  std::string body_;
  int64_t push_depth_ = 0;
  int64_t wait_ms_ = 0;
};

// Makes the request the session asks for over a synchronous transport and feeds the answer back (a wait step
// calls `wait`, if given, then goes on). Nothing happens once the session is done or failed.
void advance(SyncSession& session, Transport& transport, const std::function<void(int64_t)>& wait = {});

// Drives a session to its end over a synchronous transport; `wait` is called with each backoff (tests pass a
// recorder, tools a sleep). Returns the report, or the error that stopped the sync (nothing half-applied).
Result<SyncReport> run_sync(Replica& replica, Transport& transport, const SyncOptions& options,
                            const std::function<void(int64_t)>& wait = {});

}  // namespace overblik::sync

#include "core/sync/session.h"

#include <algorithm>
#include <map>

#include "core/sync/delta.h"
#include "core/sync/snapshot.h"

namespace overblik::sync {

SyncSession::SyncSession(Replica& replica, SyncOptions options) : replica_(&replica), opt_(std::move(options)) {
  if (!opt_.backoff_ms)
    opt_.backoff_ms = [](int n) { return std::min<int64_t>(int64_t{200} << std::min(n - 1, 16), 10000); };
}

void SyncSession::fail(const Error& e) {
  error_ = e;
  step_ = SyncStep::failed;
}

void SyncSession::on_head(const Result<std::optional<std::string>>& head) {
  if (!head) return fail(head.error());
  remote_head_ = head.value();
  auto base = replica_->base_head();
  if (!base) return fail(base.error());
  if (remote_head_ == base.value() || !remote_head_) {
    // Nothing new on the server (or an empty server: the first push carries everything).
    auto depth = replica_->base_depth();
    if (!depth) return fail(depth.error());
    return prepare_push(depth.value());
  }
  step_ = SyncStep::list;
}

void SyncSession::on_list(const Result<std::vector<SnapshotEntry>>& history) {
  if (!history) return fail(history.error());
  auto base = replica_->base_head();
  if (!base) return fail(base.error());
  std::map<std::string, std::optional<std::string>> parent;
  for (const auto& e : history.value()) parent[e.id] = e.parent;
  chain_.clear();
  parts_.clear();
  // Walk back from the head to the base; a base missing from the history (a server reset) walks to the root.
  std::optional<std::string> at = remote_head_;
  while (at && at != base.value()) {
    auto it = parent.find(*at);
    if (it == parent.end()) return fail(Error{"snapshots", "the history does not contain snapshot " + *at});
    if (chain_.size() > parent.size()) return fail(Error{"snapshots", "the history has a cycle"});
    chain_.push_back(*at);
    at = it->second;
  }
  step_ = SyncStep::get_snapshot;
}

void SyncSession::on_snapshot(const Result<std::string>& body) {
  if (!body) return fail(body.error());
  const std::string id = snapshot_id();
  parts_.push_back(replica_->empty_remote());
  auto kind = read_body(replica_->tables(), body.value(), parts_.back());
  if (!kind) return fail(Error{"snapshot " + id + " " + kind.error().where, kind.error().message});
  ++report_.snapshots_pulled;
  const bool full = kind.value() == BodyKind::full;
  if (full || parts_.size() == chain_.size()) return merge_pulled(full);
}

void SyncSession::merge_pulled(bool reached_full) {
  // Oldest first, so a later snapshot's row replaces an earlier one's.
  RemoteRows rows = replica_->empty_remote();
  for (auto part = parts_.rbegin(); part != parts_.rend(); ++part)
    for (size_t ti = 0; ti < rows.size(); ++ti)
      for (auto& [id, row] : (*part)[ti]) rows[ti][id] = std::move(row);
  const int64_t deltas = static_cast<int64_t>(parts_.size()) - (reached_full ? 1 : 0);
  int64_t depth = deltas;
  if (!reached_full) {
    auto base_depth = replica_->base_depth();
    if (!base_depth) return fail(base_depth.error());
    depth += base_depth.value();
  }
  parts_.clear();
  auto merged = replica_->merge(rows, *remote_head_, depth);
  if (!merged) return fail(merged.error());
  report_.remote_rows += merged.value().remote_rows;
  report_.rows_written += merged.value().rows_written;
  report_.conflicts += merged.value().conflicts;
  report_.max_remote_hlc = std::max(report_.max_remote_hlc, merged.value().max_hlc);
  prepare_push(depth);
}

void SyncSession::prepare_push(int64_t depth) {
  report_.head = remote_head_;
  auto changed = replica_->changed_rows(false);
  if (!changed) return fail(changed.error());
  if (changed.value().count == 0 && (remote_head_ || replica_->tables().empty())) {
    step_ = SyncStep::done;
    return;
  }
  const bool full = !remote_head_ || depth + 1 >= opt_.full_snapshot_every;
  if (full) {
    changed = replica_->changed_rows(true);
    if (!changed) return fail(changed.error());
    if (changed.value().count == 0) {  // an empty workspace on an empty server: nothing to say yet
      step_ = SyncStep::done;
      return;
    }
  }
  pushing_ = std::move(changed.value());
  if (full) {
    auto snapshot = export_snapshot(replica_->db());  // the same rows: nothing runs between the two reads
    if (!snapshot) return fail(snapshot.error());
    body_ = std::move(snapshot.value());
  } else {
    body_ = delta_body(replica_->tables(), pushing_, *remote_head_, opt_.device);
  }
  push_depth_ = full ? 0 : depth + 1;
  report_.pushed_full = full;
  step_ = SyncStep::post;
}

void SyncSession::on_post(const Result<PostOutcome>& outcome) {
  if (!outcome) return fail(outcome.error());
  ++report_.pushes;
  if (outcome.value().created) {
    if (auto s = replica_->record_push(pushing_, outcome.value().id, push_depth_); !s) return fail(s.error());
    report_.head = outcome.value().id;
    report_.rows_pushed += pushing_.count;
    report_.bytes_pushed += body_.size();
    step_ = SyncStep::done;
    return;
  }
  if (report_.pushes >= opt_.max_pushes)
    return fail(Error{"sync", "the server head kept moving; gave up after " + std::to_string(report_.pushes) +
                                  " pushes (the changes stay local and go with the next sync)"});
  wait_ms_ = opt_.backoff_ms(report_.pushes);
  step_ = SyncStep::wait;
}

void SyncSession::on_waited() {
  step_ = SyncStep::get_head;
}

void advance(SyncSession& s, Transport& transport, const std::function<void(int64_t)>& wait) {
  switch (s.step()) {
    case SyncStep::get_head:
      s.on_head(transport.get_head());
      break;
    case SyncStep::list:
      s.on_list(transport.list());
      break;
    case SyncStep::get_snapshot:
      s.on_snapshot(transport.get_snapshot(s.snapshot_id()));
      break;
    case SyncStep::post:
      s.on_post(transport.post(s.if_match(), s.body()));
      break;
    case SyncStep::wait:
      if (wait) wait(s.wait_ms());
      s.on_waited();
      break;
    case SyncStep::done:
    case SyncStep::failed:
      break;
  }
}

Result<SyncReport> run_sync(Replica& replica, Transport& transport, const SyncOptions& options,
                            const std::function<void(int64_t)>& wait) {
  SyncSession s(replica, options);
  while (s.step() != SyncStep::done && s.step() != SyncStep::failed) advance(s, transport, wait);
  if (s.step() == SyncStep::failed) return s.error();
  return s.report();
}

}  // namespace overblik::sync

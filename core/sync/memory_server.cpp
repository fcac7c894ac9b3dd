#include "core/sync/memory_server.h"

#include <cstdio>

namespace overblik::sync {

namespace {
// FNV-1a: the same on every platform (std::hash is not), so ids are deterministic in tests and in wasm.
uint64_t fnv1a(const std::string& s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}
}  // namespace

std::optional<std::string> MemoryServer::head() const {
  if (history_.empty()) return std::nullopt;
  return history_.back().entry.id;
}

std::vector<SnapshotEntry> MemoryServer::list() const {
  std::vector<SnapshotEntry> out;
  out.reserve(history_.size());
  for (const auto& s : history_) out.push_back(s.entry);
  return out;
}

Result<std::string> MemoryServer::snapshot(const std::string& id) const {
  for (const auto& s : history_)
    if (s.entry.id == id) return s.body;
  return Error{"snapshots/" + id, "no such snapshot"};
}

PostOutcome MemoryServer::post(const std::optional<std::string>& if_match, const std::string& body) {
  if (if_match != head()) return {false, ""};
  char id[40];  // serve.py's shape: sequence number and part of the body's hash
  std::snprintf(id, sizeof id, "%08zu-%012llx", history_.size() + 1,
                static_cast<unsigned long long>(fnv1a(body) & 0xffffffffffffull));
  history_.push_back({{id, head()}, body});
  stored_bytes_ += body.size();
  return {true, id};
}

Result<std::optional<std::string>> MemoryTransport::get_head() {
  ++requests;
  return server_->head();
}

Result<std::vector<SnapshotEntry>> MemoryTransport::list() {
  ++requests;
  return server_->list();
}

Result<std::string> MemoryTransport::get_snapshot(const std::string& id) {
  ++requests;
  auto body = server_->snapshot(id);
  if (body) bytes_received += body.value().size();
  return body;
}

Result<PostOutcome> MemoryTransport::post(const std::optional<std::string>& if_match, const std::string& body) {
  ++requests;
  bytes_sent += body.size();
  return server_->post(if_match, body);
}

}  // namespace overblik::sync

#pragma once
// An in-memory sync server with serve.py's semantics (append-only history, compare-and-swap head), for tests,
// benches and offline demos. One instance is one workspace.
#include <cstdint>
#include <string>
#include <vector>

#include "core/sync/transport.h"

namespace overblik::sync {

class MemoryServer {
 public:
  std::optional<std::string> head() const;
  std::vector<SnapshotEntry> list() const;
  Result<std::string> snapshot(const std::string& id) const;
  // Appends the body when if_match is the head (nullopt: no head yet); otherwise created = false (412).
  PostOutcome post(const std::optional<std::string>& if_match, const std::string& body);
  size_t stored_bytes() const { return stored_bytes_; }

 private:
  struct Stored {
    SnapshotEntry entry;
    std::string body;
  };
  std::vector<Stored> history_;
  size_t stored_bytes_ = 0;
};

// A Transport talking to a MemoryServer directly; counts requests and bytes for tests and benches.
class MemoryTransport : public Transport {
 public:
  explicit MemoryTransport(MemoryServer& server) : server_(&server) {}
  Result<std::optional<std::string>> get_head() override;
  Result<std::vector<SnapshotEntry>> list() override;
  Result<std::string> get_snapshot(const std::string& id) override;
  Result<PostOutcome> post(const std::optional<std::string>& if_match, const std::string& body) override;

  size_t requests = 0;
  size_t bytes_sent = 0;
  size_t bytes_received = 0;

 private:
  MemoryServer* server_;
};

}  // namespace overblik::sync

#pragma once
// The server protocol as the client sees it (serve.py, docs/sync.md), independent of how requests travel:
// the tests and the bench use an in-memory server, the web app fetch(). Each call is one request.
#include <optional>
#include <string>
#include <vector>

#include "core/model/result.h"

namespace overblik::sync {

// One entry of GET /api/workspaces/{id}/snapshots: a pushed body and the head it was pushed on.
struct SnapshotEntry {
  std::string id;
  std::optional<std::string> parent;  // the head when it was pushed; nullopt for the first
};

struct PostOutcome {
  bool created = false;  // 201; false means 412: the head moved since If-Match
  std::string id;        // the new snapshot's id when created
};

class Transport {
 public:
  virtual ~Transport() = default;
  // GET head → {"head": id or null}
  virtual Result<std::optional<std::string>> get_head() = 0;
  // GET snapshots → the history, oldest first
  virtual Result<std::vector<SnapshotEntry>> list() = 0;
  // GET snapshots/{id} → the body as pushed
  virtual Result<std::string> get_snapshot(const std::string& id) = 0;
  // POST snapshots with If-Match: <if_match> ("none" when nullopt)
  virtual Result<PostOutcome> post(const std::optional<std::string>& if_match, const std::string& body) = 0;
};

}  // namespace overblik::sync

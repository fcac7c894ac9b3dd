#pragma once
// A workspace: one SQLite database with the current schema, the identity of this device, its hybrid logical
// clock (persisted so stamps never go backwards across a reopen) and an id generator for new rows.
// Keys kept in workspace_meta: device_id, created (ms since epoch), name, hlc_last, id_counter.
#include <cstdint>
#include <string>

#include "core/model/hlc.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::store {

class Workspace {
 public:
  // Creates a new workspace at `path` (":memory:" for a throwaway one): migrates the schema, records the
  // device id and creation time and installs the shipped rule sets. Refuses a file that already is a workspace.
  // device_id: 1-64 characters of A-Z a-z 0-9 . _ - ; it must be unique per device (it prefixes new row ids).
  static Result<Workspace> create(const std::string& path, const std::string& device_id, int64_t now_ms = 0);
  // Opens an existing workspace (migrating it to the current schema). A file written without a device id (a demo
  // or an imported snapshot) takes `device_id_if_missing`; without one such a file is refused.
  static Result<Workspace> open(const std::string& path, const std::string& device_id_if_missing = "");
  // Adopts an open database that holds a workspace (e.g. one filled by a snapshot import); as open().
  static Result<Workspace> adopt(Database db, const std::string& device_id_if_missing = "");

  Database& db() { return db_; }
  const std::string& device() const { return device_; }

  // The next clock stamp for a local write at wall time now_ms; later than every stamp handed out or observed
  // before, also across reopening. Persisted in workspace_meta (inside the caller's transaction, if any).
  Hlc next_stamp(int64_t now_ms);
  // Merges a stamp seen from another device (sync), so later local stamps order after it.
  void observe(const Hlc& remote, int64_t now_ms);
  const Hlc& last_stamp() const { return clock_.last(); }

  // A new globally unique row id: "<device>-<counter>", the counter persisted in workspace_meta.
  Result<std::string> new_id();

  Result<std::string> meta(const std::string& key);  // "" if unset
  Status set_meta(const std::string& key, const std::string& value);

  std::string name() { return meta("name").ok() ? meta("name").value() : std::string(); }

 private:
  explicit Workspace(Database db) : db_(std::move(db)) {}
  Status load_identity();
  Status persist_clock();

  Database db_;
  std::string device_;
  HlcClock clock_;
};

// True if `device_id` is acceptable (see Workspace::create).
bool valid_device_id(const std::string& device_id);

}  // namespace overblik::store

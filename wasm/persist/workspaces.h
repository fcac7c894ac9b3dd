#pragma once
// The browser's workspaces for the start view (issue 6): the registry list, open (switch), rename, delete,
// raw SQLite export, and imports of a JSON snapshot or an SQLite file into a NEW workspace. The JS side
// (wasm/js/library_persist.js) does the IndexedDB work asynchronously; outcomes come back as messages.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::persist {

struct WorkspaceEntry {
  std::string id, name;
  bool demo = false;
  bool active = false;  // the workspace this tab has open
};

// The registry as last read (nullopt while it loads); asks for it on first use.
std::optional<std::vector<WorkspaceEntry>> workspace_list();

// Fire-and-forget actions; their outcome arrives through take_message().
void switch_workspace(const std::string& id);  // the page reloads on that workspace
void rename_workspace(const std::string& id, const std::string& name);
void mark_demo_workspace(const std::string& id, const std::string& name);
void delete_workspace(const std::string& id);  // call only after the person confirmed
void export_raw(const std::string& id, const std::string& file_stem);
void pick_import_file();

// The outcome of the last action: "ok:<action>" or "error:<message>"; nullopt if none since last asked.
std::optional<std::string> take_message();

// A picked or dropped file waiting to be imported.
struct StagedImport {
  std::string name, kind;  // kind: "sqlite", "json" or "" (unknown)
  std::vector<uint8_t> bytes;
};
std::optional<StagedImport> take_import();

// Turns a JSON snapshot into a database image for a new workspace (validated by sync::import_snapshot; the
// located error on failure), with `device_id` as this browser's identity in it.
Result<std::vector<uint8_t>> image_from_snapshot(const std::string& json, const std::string& device_id);
// Checks a raw SQLite file (header, integrity_check, holds a workspace) before it becomes a workspace.
Status check_sqlite_file(const std::vector<uint8_t>& bytes);
// Validates a staged import and, if good, hands its image to the JS side as a new workspace (the outcome
// arrives as "ok:import" / "error:..."). On error nothing is changed and the located error comes back.
Status import_as_new_workspace(const StagedImport& file, const std::string& device_id);

// The database image of an open connection (sqlite3_serialize), e.g. for a JSON import made in memory.
Result<std::vector<uint8_t>> serialize(store::Database& db);

}  // namespace overblik::persist

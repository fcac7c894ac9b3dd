#pragma once
// Workspace storage for the browser app: opens a workspace's SQLite database on the page VFS from the image
// the JS side loaded from IndexedDB (wasm/js/library_persist.js), and reports the save state for the UI.
// Asynchronous steps (loading, taking over from another tab) are requested here and observed by polling
// save_status() from the frame loop.
#include <cstdint>
#include <string>

#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::persist {

struct SaveStatus {
  bool known = false;          // the JS side tracks this workspace
  int pending = 0;             // commits not yet durable
  uint64_t committed_seq = 0;  // last commit handed to the JS side
  uint64_t durable_seq = 0;    // last commit that is durable (log record flushed or IndexedDB transaction done)
  int error = 0;               // 0 none, 1 storage full (quota), 2 other write error
  std::string error_text;
  bool writable = false;    // this tab holds the workspace's writer lock
  bool taken_over = false;  // another tab took over writing
  double usage = 0, quota = 0;
  bool persisted = false;   // navigator.storage.persist() granted
  uint64_t remote_seq = 0;  // latest commit another tab reported (read-only tabs)
};

// Registers the page VFS with the JS commit sink (idempotent). Call once at start-up.
Status init_storage();

// Asks the JS side to open (load) a workspace or to take it over from another tab; poll image_ready().
void request_open(const std::string& workspace_id);
void request_take_over(const std::string& workspace_id);

// True once the JS side loaded the workspace's image and it waits to be opened.
bool image_ready(const std::string& workspace_id);

// Opens the workspace's database on the page VFS from the loaded image (close any previous connection to
// it first). The connection writes only while this tab is the writer.
Result<store::Database> open_database(const std::string& workspace_id);

SaveStatus save_status(const std::string& workspace_id);

// The status bar's words: "Gemt" only once every commit is durable in storage; "Gemmer…" while commits
// wait; the error, or that the workspace is read-only here.
std::string save_label(const SaveStatus& s);

// Validates a database image (SQLite header, PRAGMA integrity_check) before it becomes a workspace.
Status check_image(const std::string& file_name);

}  // namespace overblik::persist

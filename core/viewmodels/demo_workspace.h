#pragma once
// A demo municipality as a workspace: migrates an empty database (in memory natively, on the browser's page
// VFS in the app), fills it with core/demo's synthetic municipality and gives it this device's identity, so
// commands (follow-ups, reassignments) work on it like on any workspace. Behind the Start screen's
// "open demo municipality S/M/L" button.
#include <cstdint>
#include <string>

#include "core/demo/demo.h"
#include "core/store/workspace.h"

namespace overblik::viewmodels {

Result<store::Workspace> create_demo_workspace(store::Database db, const demo::DemoOptions& options,
                                               const std::string& device_id);

// The workspace's "today": the demo's as_of (workspace_meta as_of, ISO) or `fallback` when unset.
Day workspace_as_of(store::Workspace& ws, Day fallback);

}  // namespace overblik::viewmodels

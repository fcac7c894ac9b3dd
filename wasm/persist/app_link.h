#pragma once
// Connects the app to workspace storage: at start-up the JS side opens the last used workspace (creating
// "Mit arbejdsområde" on first use); once its image is loaded the database is opened on the page VFS and
// brought to the current schema. Every frame the app's save state follows the storage status, so the status
// bar says "Gemt" only after storage confirmed the last commit durable.
#include <string>

#include "app/app.h"
#include "core/store/db.h"

namespace overblik::persist {

// Registers the VFS and asks JS to open the default workspace. Call once in main().
void start_app_storage();

// Call before each frame: opens the database when its image arrived and updates app.save_state.
void update_app(app::App& app);

// The open workspace database (nullptr until loaded) and its id.
store::Database* app_database();
const std::string& app_workspace_id();

}  // namespace overblik::persist

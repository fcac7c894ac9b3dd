#pragma once
// Issue 8: the sync controls drawn over the right end of the status bar: status (last sync "dd-mm-åååå tt:mm",
// progress, offline, failure), "Synkronisér", and a settings window (server, workspace id, token; kept in
// local storage). Syncs automatically every kIntervalSeconds while online, with backoff after failures.
#include "app/app.h"

namespace overblik::websync {

inline constexpr double kIntervalSeconds = 60.0;

// Call each frame after app::draw.
void draw_sync_panel(app::App& app);

}  // namespace overblik::websync

// The browser's workspace database, as opened by wasm/persist (nullptr while it loads or if storage failed).
// The session takes its connection over when it generates a demo into it or opens the workspace it holds.
#pragma once

#include <string>

#include "core/store/db.h"

namespace overblik::app::session {

store::Database* browser_workspace();

// Takes the workspace over from another tab that writes it (issue 6). The reloaded image is opened once it
// arrives (wasm/persist/app_link.cpp closes the session's connection first and reopens the session on it).
void take_over_workspace();

// Marks the browser's open workspace as a demo with this name in the workspace list.
void name_demo_workspace(const std::string& name);

}  // namespace overblik::app::session

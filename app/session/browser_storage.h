// The browser's workspace database, as opened by wasm/persist (nullptr while it loads or if storage failed).
// The session takes its connection over when it generates a demo into it or opens the workspace it holds.
#pragma once

#include "core/store/db.h"

namespace overblik::app::session {

store::Database* browser_workspace();

}  // namespace overblik::app::session

#pragma once
// Writing the demo world into a migrated database (inside the caller's transaction).
#include <string>

#include "core/demo/world.h"
#include "core/store/db.h"

namespace overblik::demo {

Status write_world(store::Database& db, const World& w, const std::string& hlc, const std::string& device);

}  // namespace overblik::demo

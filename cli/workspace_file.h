#pragma once
// Opening an existing workspace file for a read-only subcommand: never creates a file (SQLite would) and
// never migrates; a file of another schema version is refused with a clear message.
#include <filesystem>
#include <string>

#include "core/model/result.h"
#include "core/store/db.h"
#include "core/store/schema.h"

namespace overblik::cli {

inline Result<store::Database> open_workspace_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Error{path, "no such workspace file"};
  auto db = store::Database::open(path);
  if (!db) return Error{path, db.error().message};
  auto version = db.value().query_int("PRAGMA user_version");
  if (!version) return Error{path, "not a workspace (" + version.error().message + ")"};
  if (version.value() != store::schema_version())
    return Error{path, "workspace schema version " + std::to_string(version.value()) + ", this build reads version " +
                           std::to_string(store::schema_version())};
  return db;
}

}  // namespace overblik::cli

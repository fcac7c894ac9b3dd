// overblik version: prints the build's schema version and SQLite version.
#include <cstdio>

#include "cli/command.h"
#include "core/store/schema.h"

namespace overblik::cli {
namespace {

int run(const Args&) {
  std::printf("overblik schema %d, SQLite %s\n", store::schema_version(), sqlite3_libversion());
  return kOk;
}

Register reg({"version", "version", {}, {}, run});

}  // namespace
}  // namespace overblik::cli

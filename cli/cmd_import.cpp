// overblik import: a JSON snapshot into a new workspace database; on a bad snapshot the located error goes to
// stderr and no database is left behind.
#include "cli/command.h"
#include "cli/output_file.h"
#include "core/store/schema.h"
#include "core/sync/snapshot.h"

namespace overblik::cli {
namespace {

int run(const Args& args) {
  auto out = args.get("out");
  if (args.positional.size() != 1 || !out)
    return fail(kUsage, "usage: overblik import FILE.json --out FILE.db [--force]");
  auto json = read_file(args.positional[0], sync::kDefaultMaxSnapshotBytes);
  if (!json) return fail(kBadInput, json.error().text());
  OutputFile file(*out, args.has("force"));
  if (auto s = file.prepare(); !s) return fail(kBadInput, s.error().text());
  {
    auto db = store::Database::open(file.temp_path());
    if (!db) return fail(kBadInput, db.error().text());
    if (auto s = store::migrate(db.value()); !s) return fail(kBadInput, s.error().text());
    if (auto s = sync::import_snapshot(db.value(), json.value()); !s)
      return fail(kBadInput, args.positional[0] + ": " + s.error().text());
  }
  if (auto s = file.commit(); !s) return fail(kBadInput, s.error().text());
  return kOk;
}

Register reg({"import", "import FILE.json --out FILE.db [--force]", {"force"}, {"out"}, run});

}  // namespace
}  // namespace overblik::cli

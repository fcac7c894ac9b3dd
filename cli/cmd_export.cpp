// overblik export: a workspace database as a JSON snapshot (core/sync/snapshot.h).
#include <filesystem>

#include "cli/command.h"
#include "cli/output_file.h"
#include "core/store/schema.h"
#include "core/sync/snapshot.h"

namespace overblik::cli {
namespace {

int run(const Args& args) {
  auto out = args.get("out");
  if (args.positional.size() != 1 || !out)
    return fail(kUsage, "usage: overblik export FILE.db --out FILE.json [--force]");
  const std::string& in = args.positional[0];
  std::error_code ec;
  if (!std::filesystem::is_regular_file(in, ec)) return fail(kBadInput, in + ": no such file");
  auto db = store::Database::open(in);
  if (!db) return fail(kBadInput, db.error().text());
  auto version = db.value().query_int("PRAGMA user_version");
  if (!version) return fail(kBadInput, in + ": not a workspace database (" + version.error().message + ")");
  if (version.value() != store::schema_version())
    return fail(kBadInput, in + ": schema version " + std::to_string(version.value()) +
                               ", this build exports version " + std::to_string(store::schema_version()) +
                               " (open it with Overblik first)");
  auto json = sync::export_snapshot(db.value());
  if (!json) return fail(kBadInput, json.error().text());
  OutputFile file(*out, args.has("force"));
  if (auto s = file.prepare(); !s) return fail(kBadInput, s.error().text());
  if (auto s = file.write(json.value()); !s) return fail(kBadInput, s.error().text());
  if (auto s = file.commit(); !s) return fail(kBadInput, s.error().text());
  return kOk;
}

Register reg({"export", "export FILE.db --out FILE.json [--force]", {"force"}, {"out"}, run});

}  // namespace
}  // namespace overblik::cli

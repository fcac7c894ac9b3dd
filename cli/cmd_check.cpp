// overblik check: SQLite integrity and foreign keys plus the domain invariants; exit 0 if clean, 1 if not.
#include <cstdio>

#include "cli/command.h"
#include "cli/workspace_file.h"
#include "core/store/integrity.h"

namespace overblik::cli {
namespace {

const char* kCheckUsage = "check FILE.db";

int run(const Args& args) {
  if (args.positional.size() != 1)
    return fail(kUsage, std::string("expected one workspace file\nusage: overblik ") + kCheckUsage);
  auto db = open_workspace_file(args.positional[0]);
  if (!db) return fail(kBadInput, db.error().text());
  auto problems = store::check_workspace(db.value());
  if (!problems) return fail(kBadInput, problems.error().text());
  if (problems.value().empty()) {
    std::printf("%s: ok (integrity, foreign keys, domain invariants)\n", args.positional[0].c_str());
    return kOk;
  }
  for (const auto& p : problems.value()) std::printf("%s: %s\n", p.where.c_str(), p.message.c_str());
  std::printf("%zu problem(s) found\n", problems.value().size());
  return kBadInput;
}

Register reg({"check", kCheckUsage, {}, {}, run});

}  // namespace
}  // namespace overblik::cli

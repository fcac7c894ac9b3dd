// overblik demo: writes a synthetic municipality workspace (core/demo) to a new SQLite file.
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "cli/command.h"
#include "cli/output_file.h"
#include "core/demo/demo.h"
#include "core/store/schema.h"

namespace overblik::cli {
namespace {

Day today_utc() {
  const std::time_t now = std::time(nullptr);
  return static_cast<Day>(now / 86'400);
}

int run(const Args& args) {
  const char* usage = "usage: overblik demo --size S|M|L --seed N --out FILE.db [--as-of YYYY-MM-DD] [--force]";
  auto size_text = args.get("size");
  auto seed_text = args.get("seed");
  auto out = args.get("out");
  if (!size_text || !seed_text || !out || !args.positional.empty()) return fail(kUsage, usage);
  auto size = demo::parse_demo_size(*size_text);
  if (!size) return fail(kUsage, size.error().text());
  uint64_t seed = 0;
  for (char c : *seed_text) {
    if (c < '0' || c > '9' || seed > (UINT64_MAX - 9) / 10) return fail(kUsage, "--seed must be a whole number");
    seed = seed * 10 + static_cast<uint64_t>(c - '0');
  }
  if (seed_text->empty()) return fail(kUsage, "--seed must be a whole number");
  Day as_of = today_utc();
  if (auto a = args.get("as-of")) {
    auto d = parse_iso_date(*a);
    if (!d) return fail(kUsage, "--as-of: " + d.error().message);
    as_of = d.value();
  }
  OutputFile file(*out, args.has("force"));
  if (auto s = file.prepare(); !s) return fail(kBadInput, s.error().text());
  {
    auto db = store::Database::open(file.temp_path());
    if (!db) return fail(kBadInput, db.error().text());
    if (auto s = store::migrate(db.value()); !s) return fail(kBadInput, s.error().text());
    if (auto s = demo::generate_demo(db.value(), {size.value(), seed, as_of}); !s)
      return fail(kBadInput, s.error().text());
  }
  if (auto s = file.commit(); !s) return fail(kBadInput, s.error().text());
  std::printf("wrote demo %s (seed %llu, as of %s) to %s\n", demo::demo_size_name(size.value()),
              static_cast<unsigned long long>(seed), format_iso_date(as_of).c_str(), out->c_str());
  return kOk;
}

Register reg({"demo",
              "demo --size S|M|L --seed N --out FILE.db [--as-of YYYY-MM-DD] [--force]",
              {"force"},
              {"size", "seed", "out", "as-of"},
              run});

}  // namespace
}  // namespace overblik::cli

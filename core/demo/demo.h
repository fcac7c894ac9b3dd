#pragma once
// A deterministic synthetic municipality ("Fjordby Kommune") for demos, workshops, tests and benchmarks:
// teams, caseworkers, pseudonymous children (never a CPR number), five years of cases with notifications,
// investigations, child's plans, measures from the catalogue, follow-ups, supervision visits, monthly actuals
// and corrected budgets. Same seed and as_of → the same rows, byte for byte, natively and in wasm
// (own PRNG, integer arithmetic only).
#include <cstdint>
#include <string_view>

#include "core/model/date.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::demo {

// S: 1 team, 5 caseworkers, 150 children. M: 4 teams, 40 caseworkers, 1,500 children.
// L: 25 teams, 300 caseworkers, 10,000 children.
enum class DemoSize { S, M, L };

struct DemoOptions {
  DemoSize size = DemoSize::S;
  uint64_t seed = 1;
  Day as_of = 0;  // "today" of the demo: history runs five years back from here, nothing happens after it
};

Result<DemoSize> parse_demo_size(std::string_view text);  // "S" | "M" | "L" (also lower case)
const char* demo_size_name(DemoSize size);

// Fills a migrated database that holds no workspace data yet (shipped rule sets may already be installed)
// in one transaction: on error nothing is written. Every row gets device "demo" and a clock stamp at
// as_of midnight. Also records workspace_meta name, created and as_of (ISO date).
Status generate_demo(store::Database& db, const DemoOptions& options);

}  // namespace overblik::demo

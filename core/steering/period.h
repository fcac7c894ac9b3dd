#pragma once
// Reporting periods (opgørelsesperioder): a calendar month, quarter or year containing the as-of date, or
// the year to date (1 January to the as-of date, inclusive). Full-year persons divide by the period's days.
#include <string>
#include <string_view>

#include "core/model/date.h"
#include "core/model/result.h"

namespace overblik::steering {

enum class PeriodKind : uint8_t { month, quarter, year, ytd };

struct Period {
  PeriodKind kind = PeriodKind::year;
  Day from = 0;  // first day (inclusive)
  Day to = 0;    // last day (inclusive)
  int days() const { return to - from + 1; }
};

Result<PeriodKind> parse_period_kind(std::string_view s);  // month | quarter | year | ytd
const char* period_kind_name(PeriodKind k);

// The period of this kind that contains `as_of` (ytd ends at as_of).
Period period_containing(PeriodKind kind, Day as_of);
// The period of the same kind `steps` periods earlier (ytd: same span of the previous year, 29-02 clamped).
Period previous_period(const Period& p, int steps = 1);
// Danish label: "marts 2024", "2. kvt. 2024", "2024", "1/1-15/3 2024".
std::string period_label(const Period& p);

}  // namespace overblik::steering

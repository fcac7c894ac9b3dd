#pragma once
// Dates are day numbers: days since 1970-01-01 (proleptic Gregorian). No time zones, no clocks.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace overblik {

using Day = int32_t;

struct CivilDate {
  int year;
  int month;  // 1-12
  int day;    // 1-31
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
int days_in_year(int year);
Day day_from_civil(int year, int month, int day);  // requires a valid date
CivilDate civil_from_day(Day d);

// Calendar arithmetic used by legal deadlines: "within 3 months" of 31-01 is 30-04 (clamped to month end).
Day add_months(Day d, int months);
Day add_days(Day d, int days) ;
int weekday(Day d);  // 0 = Monday ... 6 = Sunday
Day add_working_days(Day d, int days);  // Mon-Fri; public holidays are not modelled

Day first_of_year(int year);
Day first_of_month(int year, int month);

// ISO "YYYY-MM-DD", strictly validated (31-02 and 2023-02-29 are errors).
Result<Day> parse_iso_date(std::string_view text);
std::string format_iso_date(Day d);
// Danish display format "dd-mm-åååå".
std::string format_danish_date(Day d);
// Accepts "dd-mm-åååå" (also with '.' or '/') as typed by Danish users.
Result<Day> parse_danish_date(std::string_view text);

}  // namespace overblik

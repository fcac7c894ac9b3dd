#include "core/model/date.h"

#include <cstdio>

namespace overblik {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

int days_in_year(int y) { return is_leap_year(y) ? 366 : 365; }

// Howard Hinnant's days_from_civil / civil_from_days.
Day day_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

CivilDate civil_from_day(Day z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

Day add_months(Day d, int months) {
  CivilDate c = civil_from_day(d);
  int total = c.year * 12 + (c.month - 1) + months;
  int y = total >= 0 ? total / 12 : (total - 11) / 12;
  int m = total - y * 12 + 1;
  int day = c.day < days_in_month(y, m) ? c.day : days_in_month(y, m);
  return day_from_civil(y, m, day);
}

Day add_days(Day d, int days) { return d + days; }

int weekday(Day d) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  int w = (d + 3) % 7;
  return w < 0 ? w + 7 : w;
}

Day add_working_days(Day d, int days) {
  while (days > 0) {
    ++d;
    if (weekday(d) < 5) --days;
  }
  return d;
}

Day first_of_year(int year) { return day_from_civil(year, 1, 1); }
Day first_of_month(int year, int month) { return day_from_civil(year, month, 1); }

static bool parse_int(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  int v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;
    v = v * 10 + (ch - '0');
  }
  out = v;
  return true;
}

static Result<Day> checked(int y, int m, int d, std::string_view text) {
  if (y < 1900 || y > 2200) return Error{"", "year out of range (1900-2200) in date '" + std::string(text) + "'"};
  if (m < 1 || m > 12) return Error{"", "month must be 1-12 in date '" + std::string(text) + "'"};
  if (d < 1 || d > days_in_month(y, m))
    return Error{"", "no such day: '" + std::string(text) + "' (month has " + std::to_string(days_in_month(y, m)) +
                         " days)"};
  return day_from_civil(y, m, d);
}

Result<Day> parse_iso_date(std::string_view t) {
  int y, m, d;
  if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !parse_int(t.substr(0, 4), y) ||
      !parse_int(t.substr(5, 2), m) || !parse_int(t.substr(8, 2), d))
    return Error{"", "expected a date as YYYY-MM-DD, got '" + std::string(t.substr(0, 40)) + "'"};
  return checked(y, m, d, t);
}

Result<Day> parse_danish_date(std::string_view t) {
  size_t a = t.find_first_of("-./");
  size_t b = a == std::string_view::npos ? a : t.find_first_of("-./", a + 1);
  int y, m, d;
  if (a == std::string_view::npos || b == std::string_view::npos || !parse_int(t.substr(0, a), d) ||
      !parse_int(t.substr(a + 1, b - a - 1), m) || t.size() - b - 1 != 4 || !parse_int(t.substr(b + 1), y))
    return Error{"", "expected a date as dd-mm-åååå, got '" + std::string(t.substr(0, 40)) + "'"};
  return checked(y, m, d, t);
}

std::string format_iso_date(Day day) {
  CivilDate c = civil_from_day(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

std::string format_danish_date(Day day) {
  CivilDate c = civil_from_day(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d-%02d-%04d", c.day, c.month, c.year);
  return buf;
}

}  // namespace overblik

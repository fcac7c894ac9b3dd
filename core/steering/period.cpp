#include "core/steering/period.h"

namespace overblik::steering {

Result<PeriodKind> parse_period_kind(std::string_view s) {
  if (s == "month") return PeriodKind::month;
  if (s == "quarter") return PeriodKind::quarter;
  if (s == "year") return PeriodKind::year;
  if (s == "ytd") return PeriodKind::ytd;
  return Error{"--period", "unknown period '" + std::string(s) + "' (month, quarter, year or ytd)"};
}

const char* period_kind_name(PeriodKind k) {
  switch (k) {
    case PeriodKind::month:
      return "month";
    case PeriodKind::quarter:
      return "quarter";
    case PeriodKind::year:
      return "year";
    case PeriodKind::ytd:
      return "ytd";
  }
  return "year";
}

Period period_containing(PeriodKind kind, Day as_of) {
  CivilDate c = civil_from_day(as_of);
  Period p{kind, 0, 0};
  switch (kind) {
    case PeriodKind::month:
      p.from = first_of_month(c.year, c.month);
      p.to = add_days(add_months(p.from, 1), -1);
      break;
    case PeriodKind::quarter:
      p.from = first_of_month(c.year, (c.month - 1) / 3 * 3 + 1);
      p.to = add_days(add_months(p.from, 3), -1);
      break;
    case PeriodKind::year:
      p.from = first_of_year(c.year);
      p.to = first_of_year(c.year + 1) - 1;
      break;
    case PeriodKind::ytd:
      p.from = first_of_year(c.year);
      p.to = as_of;
      break;
  }
  return p;
}

Period previous_period(const Period& p, int steps) {
  int months = p.kind == PeriodKind::month ? 1 : p.kind == PeriodKind::quarter ? 3 : 12;
  if (p.kind == PeriodKind::ytd) return {p.kind, add_months(p.from, -12 * steps), add_months(p.to, -12 * steps)};
  return period_containing(p.kind, add_months(p.from, -months * steps));
}

std::string period_label(const Period& p) {
  static const char* kMonths[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                  "juli",   "august",  "september", "oktober", "november", "december"};
  CivilDate a = civil_from_day(p.from);
  CivilDate b = civil_from_day(p.to);
  switch (p.kind) {
    case PeriodKind::month:
      return std::string(kMonths[a.month - 1]) + " " + std::to_string(a.year);
    case PeriodKind::quarter:
      return std::to_string((a.month - 1) / 3 + 1) + ". kvt. " + std::to_string(a.year);
    case PeriodKind::year:
      return std::to_string(a.year);
    case PeriodKind::ytd:
      return "1/1-" + std::to_string(b.day) + "/" + std::to_string(b.month) + " " + std::to_string(b.year);
  }
  return "";
}

}  // namespace overblik::steering

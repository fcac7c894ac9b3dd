#include "core/model/money.h"

#include <cmath>
#include <cstdio>

namespace overblik {

int64_t mul_div_round(int64_t a, int64_t num, int64_t den) {
  __int128 p = static_cast<__int128>(a) * num;
  bool neg = (p < 0) != (den < 0);
  __int128 ap = p < 0 ? -p : p;
  __int128 ad = den < 0 ? -static_cast<__int128>(den) : den;
  __int128 q = (ap + ad / 2) / ad;  // half away from zero on magnitudes
  return static_cast<int64_t>(neg ? -q : q);
}

int64_t round_to_kroner(Ore amount) { return mul_div_round(amount, 1, kOrePerKrone); }

std::string format_thousands(int64_t value) {
  bool neg = value < 0;
  uint64_t v = neg ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string digits = std::to_string(v);
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return neg ? "-" + out : out;
}

std::string format_kroner(Ore amount) { return format_thousands(round_to_kroner(amount)) + " kr."; }

std::string format_decimal(double value, int decimals) {
  if (!std::isfinite(value)) return "-";
  double scale = std::pow(10.0, decimals);
  // Half away from zero, explicitly (printf rounds half to even on some libcs).
  double scaled = std::round(std::fabs(value) * scale);
  int64_t whole = static_cast<int64_t>(scaled / scale);
  int64_t frac = static_cast<int64_t>(scaled - static_cast<double>(whole) * scale + 0.5);
  std::string out = format_thousands(whole);
  if (decimals > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*lld", decimals, static_cast<long long>(frac));
    out += ',';
    out += buf;
  }
  return (value < 0 && scaled != 0) ? "-" + out : out;
}

std::string format_percent(double pct, int decimals) { return format_decimal(pct, decimals) + " %"; }

std::string format_millions(Ore amount, int decimals) {
  return format_decimal(static_cast<double>(amount) / 100.0 / 1e6, decimals) + " mio. kr.";
}

Result<Ore> parse_kroner(std::string_view t) {
  std::string s;
  for (char c : t)
    if (c != ' ') s += c;
  if (s.empty()) return Error{"", "amount is empty"};
  if (s[0] == '-') return Error{"", "amount must not be negative: '" + std::string(t) + "'"};
  int64_t whole = 0;
  int64_t frac = 0;
  int frac_digits = -1;
  for (char c : s) {
    if (c == '.') {
      if (frac_digits >= 0) return Error{"", "thousands separator after decimal comma in '" + std::string(t) + "'"};
      continue;  // Danish thousands separator
    }
    if (c == ',') {
      if (frac_digits >= 0) return Error{"", "more than one decimal comma in '" + std::string(t) + "'"};
      frac_digits = 0;
      continue;
    }
    if (c < '0' || c > '9') return Error{"", "not an amount: '" + std::string(t) + "'"};
    if (frac_digits >= 0) {
      if (++frac_digits > 2) return Error{"", "at most two decimals (øre) in '" + std::string(t) + "'"};
      frac = frac * 10 + (c - '0');
    } else {
      if (whole > 1'000'000'000'000LL) return Error{"", "amount too large: '" + std::string(t) + "'"};
      whole = whole * 10 + (c - '0');
    }
  }
  if (frac_digits == 1) frac *= 10;
  return whole * kOrePerKrone + frac;
}

}  // namespace overblik

#pragma once
// Money is integer øre (1 kr. = 100 øre). Rounding is explicit: half away from zero.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace overblik {

using Ore = int64_t;

constexpr Ore kOrePerKrone = 100;

// a * num / den rounded half away from zero, without overflow for realistic municipal figures
// (uses 128-bit intermediates).
int64_t mul_div_round(int64_t a, int64_t num, int64_t den);

// Rounds øre to whole kroner, half away from zero (display rule).
int64_t round_to_kroner(Ore amount);

// Danish display: "1.234.567 kr." (rounded to kroner), "-12.500 kr.".
std::string format_kroner(Ore amount);
// Danish number with thousands separator '.', no unit: "1.234.567".
std::string format_thousands(int64_t value);
// Danish decimal with comma: format_decimal(12.5, 1) = "12,5"; thousands separated.
std::string format_decimal(double value, int decimals);
// Percent: "12,5 %".
std::string format_percent(double fraction_times_100, int decimals = 1);
// Millions of kroner with one decimal: "19,4 mio. kr.".
std::string format_millions(Ore amount, int decimals = 1);

// Parses a Danish amount in kroner as typed: "1.234,50", "1234,5", "775000". Negative amounts are errors.
Result<Ore> parse_kroner(std::string_view text);

}  // namespace overblik

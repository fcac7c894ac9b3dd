#pragma once
// The demo's random numbers: splitmix64, integer only, so a seed gives the same stream on every platform
// (std:: distributions differ between libstdc++ and libc++, and floating point is avoided altogether).
#include <cstdint>

namespace overblik::demo {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed ^ 0x6f7665726c696b21ull) {}  // "overlik!" keeps seed 0 lively

  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) for n > 0 (multiply-shift: no modulo bias worth mentioning, no division).
  int64_t below(int64_t n) {
    return static_cast<int64_t>((static_cast<unsigned __int128>(next()) * static_cast<uint64_t>(n)) >> 64);
  }
  // Uniform in [lo, hi], inclusive.
  int64_t between(int64_t lo, int64_t hi) { return lo + below(hi - lo + 1); }
  int32_t day_between(int32_t lo, int32_t hi) { return static_cast<int32_t>(between(lo, hi)); }
  // True with probability permille / 1000.
  bool chance(int permille) { return below(1000) < permille; }
  // An index drawn with the given integer weights.
  template <class Weights>
  int weighted(const Weights& w) {
    int64_t total = 0;
    for (auto x : w) total += x;
    int64_t r = below(total);
    int i = 0;
    for (auto x : w) {
      if (r < x) return i;
      r -= x;
      ++i;
    }
    return i - 1;
  }

 private:
  uint64_t state_;
};

}  // namespace overblik::demo

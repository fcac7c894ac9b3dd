#pragma once
// Hybrid logical clock stamps for syncable rows: wall time in ms plus a counter, so stamps from different
// devices order causally even when clocks drift. Text form "WWWWWWWWWWWWW.CCCCC" sorts lexicographically.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace overblik {

struct Hlc {
  int64_t wall_ms = 0;
  uint32_t counter = 0;
  auto operator<=>(const Hlc&) const = default;
  std::string text() const;
};

Result<Hlc> parse_hlc(std::string_view text);

// The clock of one device. Wall time is passed in (no hidden clock reads: deterministic in tests).
class HlcClock {
 public:
  // A stamp for a local event at wall time `now_ms`.
  Hlc tick(int64_t now_ms);
  // Merges a stamp seen from another device (on sync), so later local stamps come after it.
  Hlc observe(const Hlc& remote, int64_t now_ms);
  const Hlc& last() const { return last_; }
  void restore(const Hlc& last) { last_ = last; }

 private:
  Hlc last_;
};

}  // namespace overblik

#include "core/model/hlc.h"

#include <cstdio>

namespace overblik {

std::string Hlc::text() const {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%013lld.%05u", static_cast<long long>(wall_ms), counter);
  return buf;
}

Result<Hlc> parse_hlc(std::string_view t) {
  if (t.size() != 19 || t[13] != '.') return Error{"", "not a clock stamp: '" + std::string(t.substr(0, 40)) + "'"};
  Hlc h;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i == 13) continue;
    if (t[i] < '0' || t[i] > '9') return Error{"", "not a clock stamp: '" + std::string(t) + "'"};
    if (i < 13)
      h.wall_ms = h.wall_ms * 10 + (t[i] - '0');
    else
      h.counter = h.counter * 10 + static_cast<uint32_t>(t[i] - '0');
  }
  return h;
}

Hlc HlcClock::tick(int64_t now_ms) {
  if (now_ms > last_.wall_ms) {
    last_ = {now_ms, 0};
  } else {
    ++last_.counter;
  }
  return last_;
}

Hlc HlcClock::observe(const Hlc& remote, int64_t now_ms) {
  if (now_ms > last_.wall_ms && now_ms > remote.wall_ms) {
    last_ = {now_ms, 0};
  } else if (remote.wall_ms > last_.wall_ms) {
    last_ = {remote.wall_ms, remote.counter + 1};
  } else if (remote.wall_ms == last_.wall_ms) {
    last_.counter = (remote.counter > last_.counter ? remote.counter : last_.counter) + 1;
  } else {
    ++last_.counter;
  }
  return last_;
}

}  // namespace overblik

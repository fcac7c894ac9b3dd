// Notifications (underretninger) and child investigations (børnefaglige undersøgelser) of each case:
// most notifications are assessed within a day and some late; most investigations finish within
// four months, some later, and recent ones are still running.
#include <algorithm>

#include "core/demo/vocabulary.h"
#include "core/demo/world.h"

namespace overblik::demo {

namespace {

Day last_day_of(const Case& c, Day as_of) {
  return c.closed ? std::min(*c.closed, as_of) : as_of;
}

void add_notification(World& w, int case_idx, Day received, Rng& rng) {
  const auto& sources = notification_sources();
  Notification n;
  n.case_idx = case_idx;
  n.received = received;
  n.source = static_cast<int>(rng.below(static_cast<int64_t>(sources.size())));
  n.professional = sources[static_cast<size_t>(n.source)].professional;
  static const int kDelayWeight[3] = {82, 12, 6};  // same day, next day, late (2-9 days)
  const int kind = rng.weighted(kDelayWeight);
  const Day assessed = received + (kind == 0 ? 0 : kind == 1 ? 1 : rng.day_between(2, 9));
  if (assessed <= w.options.as_of) n.assessed = assessed;
  if (n.professional && !rng.chance(40)) {  // a few receipts are never sent
    const Day sent = add_working_days(
        received, rng.chance(880) ? static_cast<int>(rng.between(1, 6)) : static_cast<int>(rng.between(7, 15)));
    if (sent <= w.options.as_of) n.receipt_sent = sent;
  }
  w.notifications.push_back(n);
}

}  // namespace

void make_casework(World& w, Rng& rng) {
  const Day as_of = w.options.as_of;
  for (size_t ci = 0; ci < w.cases.size(); ++ci) {
    const Case& c = w.cases[ci];
    const int case_idx = static_cast<int>(ci);
    const Day last = last_day_of(c, as_of);
    // Most cases start with a notification; some with the family's own request (no notification).
    if (rng.chance(700)) add_notification(w, case_idx, c.opened, rng);
    const int extra = static_cast<int>(rng.weighted(std::vector<int>{55, 25, 12, 8}));
    for (int k = 0; k < extra; ++k)
      if (last > c.opened) add_notification(w, case_idx, rng.day_between(c.opened + 1, last), rng);

    if (!rng.chance(750)) continue;
    Investigation inv;
    inv.case_idx = case_idx;
    inv.started = std::min(c.opened + static_cast<Day>(rng.between(0, 14)), last);
    // 62 % within two months, 27 % within four, 11 % beyond the legal limit of four months.
    static const int kLengthWeight[3] = {62, 27, 11};
    const int kind = rng.weighted(kLengthWeight);
    const int length = kind == 0   ? static_cast<int>(rng.between(14, 60))
                       : kind == 1 ? static_cast<int>(rng.between(61, 120))
                                   : static_cast<int>(rng.between(121, 220));
    const Day completed = inv.started + length;
    if (c.closed && completed > *c.closed)
      inv.completed = std::max(inv.started, *c.closed);
    else if (completed <= as_of)
      inv.completed = completed;
    w.investigations.push_back(inv);
  }
}

}  // namespace overblik::demo

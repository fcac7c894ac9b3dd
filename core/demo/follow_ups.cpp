// Follow-ups on measures (first within 3 months, then every 6 months, or the case's own cadence under
// Barnets Lov § 95; some done late, some overdue) and supervision visits for placed children (about twice
// a year with a child conversation, with some gaps).
#include <algorithm>

#include "core/demo/vocabulary.h"
#include "core/demo/world.h"

namespace overblik::demo {

namespace {

const Day kBarnetsLov = day_from_civil(2024, 1, 1);

void follow_measure(World& w, int mi, Rng& rng) {
  const Measure& m = w.measures[static_cast<size_t>(mi)];
  Case& c = w.cases[static_cast<size_t>(m.case_idx)];
  const Day as_of = w.options.as_of;
  const Day stop = m.end ? *m.end : as_of;
  int score = static_cast<int>(rng.between(3, 6));
  Day due = add_months(m.start, 3);
  while (due <= stop && due <= as_of) {
    static const int kTiming[3] = {78, 14, 8};  // on time, late, badly late (often still overdue)
    const int kind = rng.weighted(kTiming);
    const Day done = kind == 0   ? std::max(m.start + 1, due - static_cast<Day>(rng.between(0, 21)))
                     : kind == 1 ? due + static_cast<Day>(rng.between(1, 60))
                                 : due + static_cast<Day>(rng.between(61, 200));
    if (done > as_of || done > stop) break;
    if (done >= kBarnetsLov && !c.cadence_months) c.cadence_months = rng.chance(800) ? 6 : 3;
    const int cadence = done >= kBarnetsLov ? *c.cadence_months : 6;
    score = std::clamp(score + static_cast<int>(rng.between(-1, 2)), 1, 10);
    FollowUp f;
    f.case_idx = m.case_idx;
    f.measure = mi;
    f.done = done;
    f.outcome = static_cast<int>(rng.below(static_cast<int64_t>(follow_up_outcomes().size())));
    f.score = score;
    f.next_due = add_months(done, cadence);
    w.follow_ups.push_back(f);
    due = f.next_due;
  }
}

void visit_placement(World& w, const Measure& m, Rng& rng) {
  const Day stop = m.end ? *m.end : w.options.as_of;
  const Day birth = w.children[static_cast<size_t>(w.cases[static_cast<size_t>(m.case_idx)].child)].birth;
  for (Day v = m.start + static_cast<Day>(rng.between(20, 80)); v <= stop;
       v += static_cast<Day>(rng.between(120, 200))) {
    if (rng.chance(80)) continue;  // a missed visit: the next one is late
    w.visits.push_back({m.case_idx, v, age_on(birth, v) >= 4 && rng.chance(920)});
  }
}

}  // namespace

void make_follow_ups(World& w, Rng& rng) {
  for (size_t mi = 0; mi < w.measures.size(); ++mi) {
    follow_measure(w, static_cast<int>(mi), rng);
    if (w.measures[mi].group == steering::MeasureGroup::placement) visit_placement(w, w.measures[mi], rng);
  }
}

}  // namespace overblik::demo

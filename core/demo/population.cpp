// Children and their cases: a stock of open cases sized to the caseworkers' capacity (caseload around the
// target per FTE), and cases closed during the five years of history (inflow and outflow over time).
#include <algorithm>

#include "core/demo/vocabulary.h"
#include "core/demo/world.h"

namespace overblik::demo {

namespace {

constexpr int kLongestCase = 8 * 365;

int weighted_caseworker(const World& w, int team, Rng& rng) {
  std::vector<int64_t> weight;
  std::vector<int> who;
  for (size_t i = 0; i < w.caseworkers.size(); ++i) {
    const auto& c = w.caseworkers[i];
    if (c.team != team) continue;
    weight.push_back(static_cast<int64_t>(c.fte_milli) * c.pace);
    who.push_back(static_cast<int>(i));
  }
  return who[static_cast<size_t>(rng.weighted(weight))];
}

// Age at the opening of the case: more teenagers than toddlers, as in the municipal statistics.
int age_at_opening(Rng& rng) {
  static const int kWeight[18] = {3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 4};
  return rng.weighted(kWeight);
}

}  // namespace

void make_population(World& w, Rng& rng) {
  const Scale scale = scale_of(w.options.size);
  const Day as_of = w.options.as_of;
  int64_t fte_total = 0;
  std::vector<int64_t> team_weight(w.teams.size(), 0);
  for (const auto& c : w.caseworkers) {
    fte_total += c.fte_milli;
    team_weight[static_cast<size_t>(c.team)] += static_cast<int64_t>(c.fte_milli) * c.pace;
  }
  // Open cases to aim at, plus a few unassigned ones on top; the rest of the children have closed cases.
  int open_target = static_cast<int>(mul_div_round(fte_total, scale.caseload_target * 103, 100'000));
  open_target = std::min(open_target, scale.children * 9 / 10);
  const int ndistricts = static_cast<int>(districts().size());

  int open_left = open_target;
  for (int i = 0; i < scale.children; ++i) {
    const bool open = rng.below(scale.children - i) < open_left;  // selection sampling: exactly open_target
    if (open) --open_left;
    Case c;
    // Cases last long (stock ≈ outflow × average length), so the numbers active stay level over the history:
    // open cases were opened any time in the last eight years, with more recent inflow on top; closed cases
    // lasted from three months to eight years.
    if (open) {
      c.opened = as_of - static_cast<Day>(rng.chance(650) ? rng.between(1, kLongestCase) : rng.between(1, 730));
    } else {
      const Day closed = rng.day_between(w.history_start, as_of - 1);
      c.opened = closed - static_cast<Day>(rng.between(90, kLongestCase));
      c.closed = closed;
    }
    Child child;
    child.number = i + 1;
    child.district = static_cast<int>(rng.below(ndistricts));
    child.birth = add_months(c.opened, -12 * age_at_opening(rng)) - rng.day_between(0, 364);
    if (child.birth > c.opened) child.birth = c.opened;
    if (age_on(child.birth, as_of) > 22) child.birth = add_months(as_of, -12 * 22) + rng.day_between(1, 200);
    c.child = static_cast<int>(w.children.size());
    w.children.push_back(child);

    c.team = rng.weighted(team_weight);
    c.caseworker = weighted_caseworker(w, c.team, rng);
    if (open && rng.chance(as_of - c.opened <= 45 ? 300 : 15)) c.caseworker = kNone;  // awaiting allocation
    static const int kConcernWeight[5] = {25, 30, 25, 15, 5};
    c.concern = rng.weighted(kConcernWeight) + 1;
    c.weight_milli = c.concern >= 4 ? 1500 : 1000;
    w.cases.push_back(c);
  }
}

}  // namespace overblik::demo

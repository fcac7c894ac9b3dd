// Measures (indsatser) per case along a track (preventive only, placement, other), with planned stop dates
// set at allocation, prices around the catalogue's, and a child's plan with goals for each decision.
#include <algorithm>
#include <array>

#include "core/demo/vocabulary.h"
#include "core/demo/world.h"
#include "core/store/catalogue.h"

namespace overblik::demo {

namespace {

using steering::MeasureGroup;

int type_index(std::string_view id) {
  const auto& cat = store::measure_catalogue();
  for (size_t i = 0; i < cat.size(); ++i)
    if (cat[i].id == id) return static_cast<int>(i);
  return 0;
}

// Providers (indices into vocabulary provider_names()) that deliver a catalogue type; empty = paid directly.
std::vector<int> providers_for(std::string_view type) {
  if (type == "mt-familiebehandling") return {0, 0, 10};
  if (type == "mt-aflastning") return {11};
  if (type == "mt-kontaktperson") return {2, 2, 9};
  if (type == "mt-anden-hjaelp" || type == "mt-forebyggende" || type == "mt-familieraadslagning") return {0};
  if (type == "mt-andre-forebyggende" || type == "mt-andre-anbringelser") return {2};
  if (type == "mt-opholdssted") return {4, 5, 6};
  if (type == "mt-doegninstitution") return {3, 7};
  if (type == "mt-plejefamilie" || type == "mt-netvaerksplejefamilie") return {1};
  if (type == "mt-sikret-institution") return {8};
  return {};
}

struct Catalogue {
  std::vector<int> preventive;
  std::vector<int> preventive_weight;
  int diverse;
  int kontaktperson;
  int sikret;
  // placement types with a base weight and a yearly drift (network care grows, institutions shrink)
  std::vector<std::array<int, 3>> placement;  // {type, base weight, drift per year}
};

Catalogue catalogue_picks() {
  Catalogue c;
  const std::pair<const char*, int> prev[] = {{"mt-familiebehandling", 25}, {"mt-aflastning", 12},
                                              {"mt-kontaktperson", 18},     {"mt-anden-hjaelp", 15},
                                              {"mt-forebyggende", 10},      {"mt-familieraadslagning", 5},
                                              {"mt-oekonomisk-stoette", 8}, {"mt-andre-forebyggende", 7}};
  for (auto [id, weight] : prev) {
    c.preventive.push_back(type_index(id));
    c.preventive_weight.push_back(weight);
  }
  c.diverse = type_index("mt-diverse");
  c.kontaktperson = type_index("mt-kontaktperson");
  c.sikret = type_index("mt-sikret-institution");
  c.placement = {{type_index("mt-plejefamilie"), 40, 0},      {type_index("mt-netvaerksplejefamilie"), 10, 3},
                 {type_index("mt-opholdssted"), 20, -1},      {type_index("mt-doegninstitution"), 16, -2},
                 {type_index("mt-andre-anbringelser"), 8, 0}, {c.sikret, 4, 0}};
  return c;
}

class MeasureMaker {
 public:
  MeasureMaker(World& w, Rng& rng) : w_(w), rng_(rng), cat_(catalogue_picks()) {}

  void run() {
    std::vector<std::optional<Day>> ready(w_.cases.size());  // first day a measure can start, per case
    std::vector<bool> investigated(w_.cases.size(), false);
    for (const auto& inv : w_.investigations) {
      investigated[static_cast<size_t>(inv.case_idx)] = true;
      if (inv.completed)
        ready[static_cast<size_t>(inv.case_idx)] = *inv.completed;
      else if (rng_.chance(300))  // interim support while the investigation runs
        ready[static_cast<size_t>(inv.case_idx)] = inv.started + static_cast<Day>(rng_.between(20, 40));
    }
    for (size_t ci = 0; ci < w_.cases.size(); ++ci) {
      Case& c = w_.cases[ci];
      if (!investigated[ci]) ready[ci] = c.opened + static_cast<Day>(rng_.between(20, 120));
      if (!ready[ci]) continue;
      case_idx_ = static_cast<int>(ci);
      last_ = c.closed ? std::min(*c.closed, w_.options.as_of) : w_.options.as_of;
      first_in_case_ = true;
      Day day = *ready[ci];
      static const int kTrack[4] = {18, 55, 20, 7};  // none, preventive, placement, other only
      switch (rng_.weighted(kTrack)) {
        case 0:
          break;
        case 1:
          preventive_track(day, static_cast<int>(rng_.weighted(std::vector<int>{50, 35, 15})) + 1);
          break;
        case 2:
          if (rng_.chance(400)) day = preventive_track(day, 2);
          placement_track(day);
          c.weight_milli = std::max(c.weight_milli, 1500);
          break;
        default:
          add(cat_.diverse, day, static_cast<int>(rng_.between(3, 12)), 0);
          break;
      }
      if (rng_.chance(120)) add(cat_.diverse, *ready[ci] + static_cast<Day>(rng_.between(0, 200)), 12, 0);
    }
  }

 private:
  // Up to `count` preventive measures, one after the other or side by side, while the case lasts; returns the
  // day the next measure of the track may start.
  Day preventive_track(Day day, int count) {
    for (int k = 0; k < count && (k == 0 || rng_.chance(650)); ++k) {
      const int type = cat_.preventive[static_cast<size_t>(rng_.weighted(cat_.preventive_weight))];
      static const int kPlanned[5] = {3, 6, 6, 12, 12};
      const int planned = kPlanned[rng_.below(5)];
      const Measure* m = add(type, day, planned, preventive_variation(planned));
      if (!m) break;
      // Either the next support follows this one or runs alongside it.
      day = rng_.chance(600) ? (m->end ? *m->end : last_) + static_cast<Day>(rng_.between(0, 60))
                             : m->start + static_cast<Day>(rng_.between(30, 120));
    }
    return day;
  }

  void placement_track(Day day) {
    const int years = std::max(0, (day - w_.history_start) / 365);
    std::vector<int> weight;
    for (const auto& p : cat_.placement) weight.push_back(std::max(1, p[1] + p[2] * years));
    const int type = cat_.placement[static_cast<size_t>(rng_.weighted(weight))][0];
    const bool secure = type == cat_.sikret;
    const int planned = secure ? 3 : rng_.chance(500) ? 12 : 24;
    const int length = secure ? static_cast<int>(rng_.between(20, 100)) : static_cast<int>(rng_.between(120, 3000));
    const Measure* m = add(type, day, planned, length - planned * 30);
    if (!m || !m->end) return;
    if (rng_.chance(secure ? 600 : 300)) {  // moved on to another place (secure stays are short)
      placement_track(*m->end + 1);
    } else if (rng_.chance(250)) {  // aftercare: a contact person after the placement
      add(cat_.kontaktperson, *m->end + 1, 12, preventive_variation(12));
    }
  }

  int preventive_variation(int planned) {
    static const int kKind[3] = {70, 20, 10};  // about as planned, extended, stopped early
    switch (rng_.weighted(kKind)) {
      case 0:
        return static_cast<int>(rng_.between(-20, 20));
      case 1:
        return static_cast<int>(rng_.between(30, 365));
      default:
        return -planned * 15;
    }
  }

  // Adds a measure starting on `start` with a planned length in months; the actual length differs from the
  // planned one by `deviation_days`. Clipped to the case's life; none if the case is over by then.
  const Measure* add(int type, Day start, int planned_months, int deviation_days) {
    if (start > last_ || start >= w_.options.as_of) return nullptr;
    const auto& t = store::measure_catalogue()[static_cast<size_t>(type)];
    const Case& c = w_.cases[static_cast<size_t>(case_idx_)];
    Measure m;
    m.case_idx = case_idx_;
    m.type = type;
    m.group = steering::parse_group(t.group).value();
    m.unit = steering::parse_price_unit(t.default_price_unit).value();
    m.start = start;
    const Day planned_stop = add_months(start, planned_months) - 1;
    Day end = std::max(start + 13, planned_stop + deviation_days);
    if (c.closed && end > *c.closed) end = *c.closed;
    if (end < w_.options.as_of) {
      m.end = end;
      m.planned_stop = planned_stop;
    } else {  // still active: a planned stop in the future (prolonged at each review if need be)
      Day stop = planned_stop;
      while (stop < w_.options.as_of) stop = add_months(stop + 1, 6) - 1;
      m.planned_stop = stop;
    }
    const int start_year = civil_from_day(start).year;
    const int years_back = std::max(0, civil_from_day(w_.options.as_of).year - start_year);
    const int spread = m.group == steering::MeasureGroup::placement ? 130 : 250;
    Ore price = mul_div_round(t.default_price, 1000 + rng_.between(-spread, spread), 1000);
    price = mul_div_round(price, 100 - 2 * years_back, 100);  // price level of the start year (2 % a year)
    const Ore step = m.unit == steering::PriceUnit::day ? 100 : m.unit == steering::PriceUnit::month ? 10'000 : 100'000;
    m.price = mul_div_round(price, 1, step) * step;
    m.price_level_year = start_year;
    const auto providers = providers_for(t.id);
    m.provider =
        providers.empty() ? kNone : providers[static_cast<size_t>(rng_.below(static_cast<int64_t>(providers.size())))];
    w_.measures.push_back(m);
    if (first_in_case_ || m.group == steering::MeasureGroup::placement) add_plan(start);
    first_in_case_ = false;
    return &w_.measures.back();
  }

  // A child's plan for the decision behind a measure: max three goals, one about school for school-age children.
  void add_plan(Day start) {
    const Case& c = w_.cases[static_cast<size_t>(case_idx_)];
    const Child& child = w_.children[static_cast<size_t>(c.child)];
    Plan p;
    p.case_idx = case_idx_;
    p.decided = std::max(c.opened, start - static_cast<Day>(rng_.between(0, 10)));
    const int age = age_on(child.birth, p.decided);
    p.youth_plan = age >= 16;
    const Day signed_on = p.decided + static_cast<Day>(rng_.between(0, 30));
    if (rng_.chance(880) && signed_on <= w_.options.as_of) p.signed_on = signed_on;
    const int plan = static_cast<int>(w_.plans.size());
    w_.plans.push_back(p);
    const int goals = rng_.weighted(std::vector<int>{20, 40, 40}) + 1;
    const bool school_age = age >= 6 && age <= 17;
    for (int g = 0; g < goals; ++g) {
      Goal goal;
      goal.plan = plan;
      goal.school = school_age && g == 0;
      const auto& texts = goal.school ? school_goal_texts() : goal_texts();
      goal.text = static_cast<int>(rng_.below(static_cast<int64_t>(texts.size())));
      goal.target = add_months(p.decided, static_cast<int>(rng_.between(6, 12)));
      w_.goals.push_back(goal);
    }
  }

  World& w_;
  Rng& rng_;
  Catalogue cat_;
  int case_idx_ = 0;
  Day last_ = 0;
  bool first_in_case_ = true;
};

}  // namespace

void make_measures(World& w, Rng& rng) {
  MeasureMaker(w, rng).run();
}

}  // namespace overblik::demo

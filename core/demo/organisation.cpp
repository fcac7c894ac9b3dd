// Teams, caseworkers and providers of the demo municipality.
#include "core/demo/vocabulary.h"
#include "core/demo/world.h"

namespace overblik::demo {

Scale scale_of(DemoSize size) {
  switch (size) {
    case DemoSize::S:
      return {1, 5, 150, 24};
    case DemoSize::M:
      return {4, 40, 1'500, 24};
    case DemoSize::L:
      return {25, 300, 10'000, 24};
  }
  return {1, 5, 150, 24};
}

int age_on(Day birth, Day on) {
  CivilDate b = civil_from_day(birth), d = civil_from_day(on);
  int age = d.year - b.year;
  if (d.month < b.month || (d.month == b.month && d.day < b.day)) --age;
  return age;
}

void make_organisation(World& w, Rng& rng) {
  const Scale scale = scale_of(w.options.size);
  const auto& d = districts();
  for (int i = 0; i < scale.teams; ++i) {
    std::string name("Team ");
    name += d[static_cast<size_t>(i) % d.size()];
    if (scale.teams > static_cast<int>(d.size())) {
      name += ' ';
      name += std::to_string(i / d.size() + 1);
    }
    w.teams.push_back({name});
  }
  const auto& first = first_names();
  const auto& last = surnames();
  static const int kFte[] = {1000, 900, 800, 600};
  static const int kFteWeight[] = {70, 15, 10, 5};
  for (int i = 0; i < scale.caseworkers; ++i) {
    Caseworker c;
    // Two statements: the operands of + are unsequenced, and GCC and clang (wasm) draw them in opposite orders.
    const auto given = static_cast<size_t>(rng.below(static_cast<int64_t>(first.size())));
    const auto family = static_cast<size_t>(rng.below(static_cast<int64_t>(last.size())));
    c.name = std::string(first[given]) + " " + std::string(last[family]);
    c.team = i % scale.teams;
    c.fte_milli = kFte[rng.weighted(kFteWeight)];
    c.pace = static_cast<int>(rng.between(70, 130));
    w.caseworkers.push_back(std::move(c));
  }
  for (const auto& p : provider_names()) w.providers.push_back({std::string(p.name), p.external});
}

}  // namespace overblik::demo

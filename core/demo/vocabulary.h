#pragma once
// Words of the synthetic municipality: districts, caseworker names, notification sources, goal texts.
// All invented; no real person, place or provider.
#include <string_view>
#include <vector>

namespace overblik::demo {

using Words = std::vector<std::string_view>;

const Words& districts();  // the fictional municipality's districts
const Words& first_names();
const Words& surnames();

struct Source {
  std::string_view name;
  bool professional;  // a professional reporter gets a receipt within 6 working days
};
const std::vector<Source>& notification_sources();

const Words& goal_texts();         // concrete, measurable goals of a child's plan
const Words& school_goal_texts();  // the plan's goal about school
const Words& follow_up_outcomes();

struct NamedProvider {
  std::string_view name;
  bool external;
};
const std::vector<NamedProvider>& provider_names();

// Cause texts for an expected budget deviation, by group and sign (over = spending above budget).
std::string_view deviation_cause(int group, bool over, int pick);

}  // namespace overblik::demo

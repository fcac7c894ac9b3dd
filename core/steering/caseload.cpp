#include "core/steering/caseload.h"

namespace overblik::steering {

namespace {

void finish(CaseloadRow& r) {
  if (r.fte_milli <= 0) return;
  r.cases_per_fte = static_cast<double>(r.open_cases) * 1000.0 / static_cast<double>(r.fte_milli);
  r.weighted_cases_per_fte = static_cast<double>(r.weighted_cases_milli) / static_cast<double>(r.fte_milli);
}

}  // namespace

Caseload compute_caseload(const Facts& facts, Day on) {
  Caseload out;
  out.on = on;
  const auto& cw = facts.caseworkers;
  out.caseworkers.resize(cw.dim.size() + 1);
  out.teams.resize(facts.teams.size());
  for (size_t i = 0; i < cw.dim.size(); ++i) {
    auto& r = out.caseworkers[i];
    r.key = static_cast<uint32_t>(i);
    r.label = cw.dim.name[i];
    r.fte_milli = cw.fte_milli[i];
    if (cw.team[i] < out.teams.size()) out.teams[cw.team[i]].fte_milli += cw.fte_milli[i];
    out.total.fte_milli += cw.fte_milli[i];
  }
  out.caseworkers.back().label = "(ufordelt)";
  for (size_t t = 0; t < out.teams.size(); ++t) {
    out.teams[t].key = static_cast<uint32_t>(t);
    out.teams[t].label = facts.teams.name[t];
  }
  const auto& c = facts.cases;
  for (size_t i = 0; i < c.dim.size(); ++i) {
    if (c.opened[i] > on || c.closed[i] < on) continue;
    const uint32_t w = c.caseworker[i] < cw.dim.size() ? c.caseworker[i] : static_cast<uint32_t>(cw.dim.size());
    auto& r = out.caseworkers[w];
    r.open_cases += 1;
    r.weighted_cases_milli += c.weight_milli[i];
    if (c.team[i] < out.teams.size()) {
      auto& t = out.teams[c.team[i]];
      t.open_cases += 1;
      t.weighted_cases_milli += c.weight_milli[i];
      t.unassigned += c.caseworker[i] == kNone;
    }
    out.total.open_cases += 1;
    out.total.weighted_cases_milli += c.weight_milli[i];
    out.total.unassigned += c.caseworker[i] == kNone;
  }
  if (out.caseworkers.back().open_cases == 0)
    out.caseworkers.pop_back();
  else
    out.caseworkers.back().key = kNone;
  for (auto& r : out.caseworkers) finish(r);
  for (auto& r : out.teams) finish(r);
  out.total.label = "I alt";
  finish(out.total);
  return out;
}

}  // namespace overblik::steering

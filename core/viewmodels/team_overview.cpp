#include "core/viewmodels/team_overview.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "core/steering/caseload.h"

namespace overblik::viewmodels {

namespace {

// splitmix64: a small, well-mixed generator with integer arithmetic only (same stream everywhere).
uint64_t next(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

bool in_team(const std::string& team_id, const TeamQuery& q) {
  return q.team_id.empty() || team_id == q.team_id;
}

}  // namespace

std::vector<SampleGroup> draw_sample(const CaseIndex& index, const std::vector<Person>& caseworkers, int per_caseworker,
                                     uint64_t seed) {
  std::unordered_map<std::string_view, std::vector<uint32_t>> open_by_caseworker;
  const auto& entries = index.entries();
  for (uint32_t i = 0; i < entries.size(); ++i)
    if (entries[i].open && !entries[i].caseworker_id.empty()) open_by_caseworker[entries[i].caseworker_id].push_back(i);
  std::vector<SampleGroup> out;
  for (const Person& cw : caseworkers) {
    auto it = open_by_caseworker.find(cw.id);
    if (it == open_by_caseworker.end()) continue;
    std::vector<uint32_t> pool = it->second;
    // Independent of list order: sort the pool by case id, and seed per caseworker by the seed and the id.
    std::sort(pool.begin(), pool.end(), [&](uint32_t a, uint32_t b) { return entries[a].id < entries[b].id; });
    uint64_t state = seed ^ fnv1a(cw.id);
    const size_t n = std::min(pool.size(), static_cast<size_t>(std::max(per_caseworker, 0)));
    for (size_t k = 0; k < n; ++k) {  // partial Fisher-Yates
      const size_t j = k + static_cast<size_t>(next(state) % (pool.size() - k));
      std::swap(pool[k], pool[j]);
    }
    pool.resize(n);
    std::sort(pool.begin(), pool.end(), [&](uint32_t a, uint32_t b) { return entries[a].id < entries[b].id; });
    out.push_back({cw.id, cw.name, std::move(pool)});
  }
  return out;
}

TeamOverview build_team_overview(const steering::Facts& facts, const CaseIndex& index, const TeamQuery& q) {
  TeamOverview o;
  o.target_per_fte = q.target_per_fte;
  o.sample_seed = q.sample_seed;
  const Day as_of = index.as_of();

  // Caseload per caseworker from the steering facts.
  const steering::Caseload load = steering::compute_caseload(facts, as_of);
  const auto& cw = facts.caseworkers;
  std::unordered_map<std::string_view, size_t> row_of;
  for (const auto& r : load.caseworkers) {
    if (r.key == steering::kNone) continue;
    const uint32_t team = cw.team[r.key];
    const std::string team_id = team < facts.teams.size() ? facts.teams.id[team] : std::string();
    if (!in_team(team_id, q)) continue;
    CaseworkerLoad c;
    c.id = cw.dim.id[r.key];
    c.name = cw.dim.name[r.key];
    c.team_name = team < facts.teams.size() ? facts.teams.name[team] : std::string();
    c.open_cases = r.open_cases;
    c.fte_milli = static_cast<int>(r.fte_milli);
    c.cases_per_fte = r.cases_per_fte;
    c.over_target = r.fte_milli > 0 && r.cases_per_fte > q.target_per_fte;
    o.fte_milli += r.fte_milli;
    o.over_target += c.over_target;
    o.caseworkers.push_back(std::move(c));
  }
  std::sort(o.caseworkers.begin(), o.caseworkers.end(), [](const CaseworkerLoad& a, const CaseworkerLoad& b) {
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
  });
  for (size_t i = 0; i < o.caseworkers.size(); ++i) row_of.emplace(o.caseworkers[i].id, i);

  // Compliance, overdue per caseworker and unassigned cases from the case index.
  const Day window_start = add_months(as_of, -q.compliance_months);
  std::vector<RuleCompliance> by_kind(7);
  for (size_t k = 0; k < by_kind.size(); ++k) by_kind[k].kind = static_cast<rules::DeadlineKind>(k);
  const auto& entries = index.entries();
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const CaseEntry& e = entries[i];
    if (!in_team(e.team_id, q)) continue;
    if (e.open) {
      ++o.open_cases;
      if (e.caseworker_id.empty()) o.unassigned.push_back(i);
    }
    auto row = row_of.find(e.caseworker_id);
    for (const auto& d : index.deadlines(i)) {
      if (d.status == rules::DeadlineStatus::overdue && row != row_of.end()) ++o.caseworkers[row->second].overdue;
      if (d.due > as_of || d.due <= window_start) continue;
      auto& c = by_kind[static_cast<size_t>(d.kind)];
      c.on_time += d.status == rules::DeadlineStatus::done_on_time;
      c.late += d.status == rules::DeadlineStatus::done_late;
      c.overdue += d.status == rules::DeadlineStatus::overdue;
    }
  }
  for (const auto& c : by_kind) {
    if (c.due() == 0) continue;
    o.compliance.push_back(c);
    o.compliance_total.on_time += c.on_time;
    o.compliance_total.late += c.late;
    o.compliance_total.overdue += c.overdue;
  }
  std::sort(o.unassigned.begin(), o.unassigned.end(), [&](uint32_t a, uint32_t b) {
    return std::tie(entries[a].opened, entries[a].id) < std::tie(entries[b].opened, entries[b].id);
  });
  o.cases_per_fte = o.fte_milli > 0 ? o.open_cases * 1000.0 / static_cast<double>(o.fte_milli) : 0.0;

  std::vector<Person> people;
  for (const auto& c : o.caseworkers) people.push_back({c.id, c.name, ""});
  o.sample = draw_sample(index, people, q.sample_per_caseworker, q.sample_seed);
  return o;
}

}  // namespace overblik::viewmodels

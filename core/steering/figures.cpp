#include "core/steering/figures.h"

#include "core/steering/measure_pass.h"

namespace overblik::steering {

namespace {

constexpr const char* kBreakdownNames[kBreakdownCount] = {"team",   "caseworker", "group", "type",
                                                          "ladder", "provider",   "age",   "district"};
constexpr std::string_view kNoneLabel = "(ingen)";
constexpr std::string_view kGroupLabels[kGroupCount] = {"Forebyggende", "Anbringelser", "Diverse"};
constexpr std::string_view kLadderLabels[6] = {"1 Almenområdet",        "2 Forebyggende", "3 Hjemmebaseret",
                                               "4 Netværksanbringelse", "5 Plejefamilie", "6 Institution/opholdssted"};
constexpr std::string_view kProviderLabels[2] = {"Intern", "Ekstern"};
constexpr std::string_view kAgeLabels[kAgeBandCount] = {"0-5 år", "6-12 år", "13-17 år", "18-22 år", "23+ år"};

bool priced_per_fyp(const Facts& facts, Breakdown by, Scope scope, uint32_t key) {
  if (by == Breakdown::group && key < kGroupCount) return static_cast<MeasureGroup>(key) == MeasureGroup::placement;
  if (by == Breakdown::type && key < facts.types.group.size()) return facts.types.group[key] == MeasureGroup::placement;
  return scope == Scope::placement;
}

FigureRow make_row(const detail::Acc& a, const Period& p, bool per_fyp) {
  FigureRow r;
  r.children = a.children;
  r.measures = a.measures;
  r.started = a.started;
  r.ended = a.ended;
  r.days = a.days;
  r.spend = a.spend;
  const int64_t period_days = p.days() > 0 ? p.days() : 1;
  r.full_year_persons_milli = mul_div_round(a.days, 1000, period_days);
  r.full_year_persons = static_cast<double>(a.days) / static_cast<double>(period_days);
  // spend / (days / period_days) = spend x period_days / days, exact rational rounded once.
  r.price_per_full_year_person = a.days > 0 ? mul_div_round(a.spend, period_days, a.days) : 0;
  r.price_per_child = a.children > 0 ? mul_div_round(a.spend, 1, a.children) : 0;
  r.priced_per_full_year_person = per_fyp;
  r.average_price = per_fyp ? r.price_per_full_year_person : r.price_per_child;
  return r;
}

Figures make_figures(const Facts& facts, const detail::PassResult& pass, const Period& p, Breakdown by, Scope scope) {
  Figures f;
  f.period = p;
  f.by = by;
  f.scope = scope;
  f.total = make_row(pass.total[static_cast<int>(scope)], p, scope == Scope::placement);
  f.total.label = "I alt";
  const uint32_t n = pass.key_count[static_cast<int>(by)];
  for (uint32_t k = 0; k < n; ++k) {
    const detail::Acc& a = pass.at(by, k, scope);
    if (a.measures == 0) continue;
    const uint32_t key = k + 1 == n ? kNone : k;
    FigureRow r = make_row(a, p, priced_per_fyp(facts, by, scope, key));
    r.key = key;
    r.label = breakdown_label(facts, by, key);
    f.rows.push_back(r);
  }
  return f;
}

}  // namespace

Result<Breakdown> parse_breakdown(std::string_view s) {
  for (int b = 0; b < kBreakdownCount; ++b)
    if (s == kBreakdownNames[b]) return static_cast<Breakdown>(b);
  return Error{"--by", "unknown breakdown '" + std::string(s) +
                           "' (team, caseworker, group, type, ladder, provider, age or district)"};
}

const char* breakdown_name(Breakdown b) {
  return kBreakdownNames[static_cast<int>(b)];
}

std::string_view breakdown_label(const Facts& facts, Breakdown by, uint32_t key) {
  auto pick = [&](const std::vector<std::string>& names) -> std::string_view {
    return key < names.size() ? std::string_view(names[key]) : kNoneLabel;
  };
  switch (by) {
    case Breakdown::team:
      return pick(facts.teams.name);
    case Breakdown::caseworker:
      return pick(facts.caseworkers.dim.name);
    case Breakdown::group:
      return key < kGroupCount ? kGroupLabels[key] : kNoneLabel;
    case Breakdown::type:
      return pick(facts.types.dim.name);
    case Breakdown::ladder:
      return key < 6 ? kLadderLabels[key] : kNoneLabel;
    case Breakdown::provider:
      return key < 2 ? kProviderLabels[key] : kNoneLabel;
    case Breakdown::age:
      return key < kAgeBandCount ? kAgeLabels[key] : kNoneLabel;
    case Breakdown::district:
      return pick(facts.children.districts);
  }
  return kNoneLabel;
}

const FigureRow* Figures::find(uint32_t key) const {
  for (const auto& r : rows)
    if (r.key == key) return &r;
  return nullptr;
}

FigureSet compute_all_figures(const Facts& facts, const Period& period) {
  const detail::PassResult pass = detail::run_measure_pass(facts, period, (1u << kBreakdownCount) - 1);
  FigureSet set;
  set.period = period;
  for (int b = 0; b < kBreakdownCount; ++b)
    for (int s = 0; s < kScopeCount; ++s)
      set.figures[b][s] = make_figures(facts, pass, period, static_cast<Breakdown>(b), static_cast<Scope>(s));
  return set;
}

Figures compute_figures(const Facts& facts, const Period& period, Breakdown by, Scope scope) {
  const detail::PassResult pass = detail::run_measure_pass(facts, period, 1u << static_cast<int>(by));
  return make_figures(facts, pass, period, by, scope);
}

namespace {

std::array<FigureRow, kScopeCount> group_rows(const std::array<detail::Acc, kScopeCount>& acc, const Period& period) {
  std::array<FigureRow, kScopeCount> out;
  for (int s = 0; s < kScopeCount; ++s) {
    out[s] = make_row(acc[s], period, s == static_cast<int>(Scope::placement));
    out[s].label = s == 0 ? std::string_view("I alt") : kGroupLabels[s - 1];
  }
  return out;
}

}  // namespace

std::array<FigureRow, kScopeCount> compute_group_totals(const Facts& facts, const Period& period) {
  return group_rows(detail::run_measure_pass(facts, period, 0).total, period);
}

std::vector<std::array<FigureRow, kScopeCount>> compute_group_totals(const Facts& facts,
                                                                     const std::vector<Period>& periods) {
  const auto acc = detail::run_totals_pass(facts, periods);
  std::vector<std::array<FigureRow, kScopeCount>> out;
  for (size_t k = 0; k < periods.size(); ++k) out.push_back(group_rows(acc[k], periods[k]));
  return out;
}

}  // namespace overblik::steering

#include "core/viewmodels/cockpit.h"

#include <algorithm>

#include "core/steering/compliance.h"
#include "core/steering/period.h"

namespace overblik::viewmodels {

using steering::Scope;

namespace {

constexpr const char* kMonthShort[] = {"jan", "feb", "mar", "apr", "maj", "jun",
                                       "jul", "aug", "sep", "okt", "nov", "dec"};

const steering::FigureRow& row(const std::array<steering::FigureRow, steering::kScopeCount>& g, Scope s) {
  return g[static_cast<int>(s)];
}

template <typename F>
std::vector<double> trend_of(const steering::CockpitSummary& s, F value) {
  std::vector<double> out;
  out.reserve(s.trend.size());
  for (const auto& p : s.trend) out.push_back(value(p.groups));
  return out;
}

std::string month_label(Day first) {
  const CivilDate c = civil_from_day(first);
  return std::string(kMonthShort[c.month - 1]) + " " + std::to_string(c.year % 100 / 10) + std::to_string(c.year % 10);
}

}  // namespace

const char* tile_key(Tile t) {
  switch (t) {
    case Tile::spend:
      return "spend";
    case Tile::placements:
      return "placements";
    case Tile::preventive:
      return "preventive";
    case Tile::placement_price:
      return "placement-price";
    case Tile::caseload:
      return "caseload";
    case Tile::compliance:
      return "compliance";
  }
  return "?";
}

CockpitView build_cockpit(const steering::Facts& facts, store::Database& db, Day as_of) {
  CockpitView v;
  v.as_of = as_of;
  v.summary = steering::cockpit_summary(facts, as_of);
  const auto& s = v.summary;
  if (auto c = steering::compliance_summary(db, s.ytd, as_of); c.ok()) {
    v.compliance_share = c.value().total.share_on_time;
    v.deadlines_due = c.value().total.due;
  }

  auto& spend = v.tiles[0];
  spend.tile = Tile::spend;
  spend.value = format_millions(row(s.ytd_groups, Scope::all).spend);
  spend.detail = format_millions(s.budget.total.corrected_budget);
  spend.trend = trend_of(s, [](const auto& g) { return static_cast<double>(row(g, Scope::all).spend); });
  spend.warn = s.budget.total.deviation > 0;

  auto& placements = v.tiles[1];
  placements.tile = Tile::placements;
  placements.value = format_decimal(row(s.ytd_groups, Scope::placement).full_year_persons, 1);
  placements.detail = format_thousands(row(s.ytd_groups, Scope::placement).children);
  placements.trend = trend_of(s, [](const auto& g) { return row(g, Scope::placement).full_year_persons; });

  auto& preventive = v.tiles[2];
  preventive.tile = Tile::preventive;
  preventive.value = format_thousands(row(s.ytd_groups, Scope::preventive).children);
  preventive.detail = format_millions(row(s.ytd_groups, Scope::preventive).spend);
  preventive.trend = trend_of(s, [](const auto& g) { return static_cast<double>(row(g, Scope::preventive).children); });

  auto& price = v.tiles[3];
  price.tile = Tile::placement_price;
  price.value = format_kroner(s.average_placement_price);
  price.trend = trend_of(
      s, [](const auto& g) { return static_cast<double>(row(g, Scope::placement).price_per_full_year_person); });

  auto& caseload = v.tiles[4];
  caseload.tile = Tile::caseload;
  caseload.value = format_decimal(s.cases_per_fte, 1);
  caseload.detail = format_thousands(s.open_cases);
  caseload.trend = {};  // caseload has no monthly history in the engine yet

  auto& compliance = v.tiles[5];
  compliance.tile = Tile::compliance;
  compliance.value = format_percent(v.compliance_share * 100.0, 1);
  compliance.detail = format_thousands(v.deadlines_due);
  compliance.warn = v.deadlines_due > 0 && v.compliance_share < 0.8;

  for (const auto& p : s.trend) {
    LadderMonth m;
    m.label = month_label(p.month.from);
    const auto by_step = steering::ladder_distribution(
        steering::compute_figures(facts, p.month, steering::Breakdown::ladder, Scope::all));
    for (int i = 0; i < 6; ++i)
      m.full_year_persons[static_cast<size_t>(i)] =
          static_cast<double>(by_step.steps[static_cast<size_t>(i)].full_year_persons_milli) / 1000.0;
    v.ladder.push_back(std::move(m));
  }
  return v;
}

std::vector<DrillRow> drill_down(const steering::Facts& facts, Tile tile, Day as_of) {
  std::vector<DrillRow> rows;
  const steering::Period ytd = steering::period_containing(steering::PeriodKind::ytd, as_of);
  if (tile == Tile::caseload || tile == Tile::compliance) {
    const auto& c = facts.cases;
    for (size_t i = 0; i < c.dim.size(); ++i) {
      if (c.opened[i] > as_of || c.closed[i] <= as_of) continue;
      DrillRow r;
      r.case_id = c.dim.id[i];
      if (c.child[i] != steering::kNone) r.child = facts.children.dim.name[c.child[i]];
      if (c.caseworker[i] != steering::kNone) r.what = facts.caseworkers.dim.name[c.caseworker[i]];
      r.from = c.opened[i];
      r.to = c.closed[i];
      rows.push_back(std::move(r));
    }
  } else {
    const auto& m = facts.measures;
    for (size_t i = 0; i < m.size(); ++i) {
      if (tile == Tile::placements || tile == Tile::placement_price) {
        if (m.group[i] != steering::MeasureGroup::placement) continue;
      } else if (tile == Tile::preventive && m.group[i] != steering::MeasureGroup::preventive) {
        continue;
      }
      if (steering::overlap_days(m.start[i], m.stop[i], ytd.from, ytd.to) == 0) continue;
      DrillRow r;
      r.measure_id = m.id[i];
      if (m.case_idx[i] != steering::kNone) r.case_id = facts.cases.dim.id[m.case_idx[i]];
      if (m.child[i] != steering::kNone) r.child = facts.children.dim.name[m.child[i]];
      r.what = facts.types.dim.name[m.type[i]];
      r.from = m.start[i];
      r.to = m.stop[i];
      r.amount =
          steering::cost_between(m.price[i], m.unit[i], std::max(m.start[i], ytd.from), std::min(m.stop[i], ytd.to));
      rows.push_back(std::move(r));
    }
  }
  std::sort(rows.begin(), rows.end(), [](const DrillRow& a, const DrillRow& b) {
    if (a.amount != b.amount) return a.amount > b.amount;
    return a.measure_id != b.measure_id ? a.measure_id < b.measure_id : a.case_id < b.case_id;
  });
  return rows;
}

}  // namespace overblik::viewmodels

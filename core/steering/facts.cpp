#include "core/steering/facts.h"

#include <functional>
#include <optional>
#include <unordered_map>

namespace overblik::steering {

const char* group_name(MeasureGroup g) {
  switch (g) {
    case MeasureGroup::preventive: return "preventive";
    case MeasureGroup::placement: return "placement";
    case MeasureGroup::other: return "other";
  }
  return "other";
}

Result<MeasureGroup> parse_group(std::string_view s) {
  if (s == "preventive") return MeasureGroup::preventive;
  if (s == "placement") return MeasureGroup::placement;
  if (s == "other") return MeasureGroup::other;
  return Error{"", "unknown measure group '" + std::string(s) + "' (preventive, placement or other)"};
}

Result<PriceUnit> parse_price_unit(std::string_view s) {
  if (s == "day") return PriceUnit::day;
  if (s == "month") return PriceUnit::month;
  if (s == "year") return PriceUnit::year;
  return Error{"", "unknown price unit '" + std::string(s) + "' (day, month or year)"};
}

uint32_t Dimension::index_of(std::string_view v) const {
  for (size_t i = 0; i < id.size(); ++i)
    if (id[i] == v) return static_cast<uint32_t>(i);
  return kNone;
}

Ore cost_between(Ore price, PriceUnit unit, Day from, Day to) {
  if (to < from) return 0;
  if (unit == PriceUnit::day) return price * (to - from + 1);
  Ore total = 0;
  Day d = from;
  while (d <= to) {
    CivilDate c = civil_from_day(d);
    Day seg_end;
    int64_t denom;
    if (unit == PriceUnit::month) {
      seg_end = day_from_civil(c.year, c.month, days_in_month(c.year, c.month));
      denom = days_in_month(c.year, c.month);
    } else {
      seg_end = day_from_civil(c.year, 12, 31);
      denom = days_in_year(c.year);
    }
    Day e = seg_end < to ? seg_end : to;
    total += mul_div_round(price, e - d + 1, denom);
    d = e + 1;
  }
  return total;
}

namespace {

using Index = std::unordered_map<std::string, uint32_t>;

Index index_dim(const Dimension& d) {
  Index m;
  m.reserve(d.size());
  for (size_t i = 0; i < d.size(); ++i) m.emplace(d.id[i], static_cast<uint32_t>(i));
  return m;
}

uint32_t lookup(const Index& m, const std::optional<std::string>& key) {
  if (!key) return kNone;
  auto it = m.find(*key);
  return it == m.end() ? kNone : it->second;
}

Status load_dimension(store::Database& db, const char* sql, Dimension& dim,
                      const std::function<Status(store::Statement&)>& extra) {
  auto st = db.prepare(sql);
  if (!st) return st.error();
  auto& s = st.value();
  while (s.step()) {
    dim.id.push_back(s.text(0));
    dim.name.push_back(s.text(1));
    if (extra) {
      if (auto r = extra(s); !r) return r;
    }
  }
  if (s.failed()) return Error{"load", s.error()};
  return ok_status();
}

}  // namespace

Result<Facts> load_facts(store::Database& db) {
  Facts f;
  if (auto s = load_dimension(db, "SELECT id, name FROM team WHERE deleted=0 ORDER BY id", f.teams, nullptr); !s)
    return s.error();
  auto teams = index_dim(f.teams);

  if (auto s = load_dimension(db, "SELECT id, name, kind FROM provider WHERE deleted=0 ORDER BY id", f.providers,
                              [&](store::Statement& st) {
                                f.provider_external.push_back(st.text(2) == "external");
                                return ok_status();
                              });
      !s)
    return s.error();
  auto providers = index_dim(f.providers);

  if (auto s = load_dimension(
          db,
          "SELECT id, name_da, name_en, measure_group, ladder_step, code FROM measure_type WHERE deleted=0 ORDER BY id",
          f.types.dim,
          [&](store::Statement& st) -> Status {
            auto g = parse_group(st.text(3));
            if (!g) return Error{"measure_type " + st.text(0), g.error().message};
            f.types.name_en.push_back(st.text(2));
            f.types.group.push_back(g.value());
            f.types.ladder_step.push_back(static_cast<uint8_t>(st.int32(4)));
            f.types.code.push_back(st.text(5));
            return ok_status();
          });
      !s)
    return s.error();
  auto types = index_dim(f.types.dim);

  if (auto s = load_dimension(db, "SELECT id, name, team_id, fte_milli FROM caseworker WHERE deleted=0 ORDER BY id",
                              f.caseworkers.dim,
                              [&](store::Statement& st) {
                                f.caseworkers.team.push_back(lookup(teams, st.opt_text(2)));
                                f.caseworkers.fte_milli.push_back(st.int32(3));
                                return ok_status();
                              });
      !s)
    return s.error();
  auto caseworkers = index_dim(f.caseworkers.dim);

  std::unordered_map<std::string, uint32_t> districts;
  if (auto s = load_dimension(db, "SELECT id, pseudonym, birth_date, district FROM child WHERE deleted=0 ORDER BY id",
                              f.children.dim,
                              [&](store::Statement& st) {
                                f.children.birth_date.push_back(static_cast<Day>(st.int64(2)));
                                auto [it, fresh] = districts.emplace(st.text(3), f.children.districts.size());
                                if (fresh) f.children.districts.push_back(it->first);
                                f.children.district.push_back(it->second);
                                return ok_status();
                              });
      !s)
    return s.error();
  auto children = index_dim(f.children.dim);

  if (auto s = load_dimension(
          db,
          "SELECT id, '', child_id, team_id, caseworker_id, opened, closed, case_weight_milli FROM child_case "
          "WHERE deleted=0 ORDER BY id",
          f.cases.dim,
          [&](store::Statement& st) {
            f.cases.child.push_back(lookup(children, st.opt_text(2)));
            f.cases.team.push_back(lookup(teams, st.opt_text(3)));
            f.cases.caseworker.push_back(lookup(caseworkers, st.opt_text(4)));
            f.cases.opened.push_back(static_cast<Day>(st.int64(5)));
            f.cases.closed.push_back(st.is_null(6) ? kOpenEnd : static_cast<Day>(st.int64(6)));
            f.cases.weight_milli.push_back(st.int32(7));
            return ok_status();
          });
      !s)
    return s.error();
  auto cases = index_dim(f.cases.dim);

  {
    auto st = db.prepare(
        "SELECT id, case_id, type_id, provider_id, start, planned_stop, end, price_ore, price_unit, price_level_year "
        "FROM measure WHERE deleted=0 ORDER BY id");
    if (!st) return st.error();
    auto& s = st.value();
    auto& m = f.measures;
    while (s.step()) {
      uint32_t c = lookup(cases, s.opt_text(1));
      uint32_t t = lookup(types, s.opt_text(2));
      if (c == kNone || t == kNone) continue;  // dangling (e.g. its case was deleted): not part of the figures
      auto unit = parse_price_unit(s.text(8));
      if (!unit) return Error{"measure " + s.text(0), unit.error().message};
      uint32_t p = lookup(providers, s.opt_text(3));
      Day planned = s.is_null(5) ? kOpenEnd : static_cast<Day>(s.int64(5));
      Day end = s.is_null(6) ? kOpenEnd : static_cast<Day>(s.int64(6));
      m.id.push_back(s.text(0));
      m.case_idx.push_back(c);
      m.child.push_back(f.cases.child[c]);
      m.type.push_back(t);
      m.team.push_back(f.cases.team[c]);
      m.caseworker.push_back(f.cases.caseworker[c]);
      m.provider.push_back(p);
      m.group.push_back(f.types.group[t]);
      m.ladder_step.push_back(f.types.ladder_step[t]);
      m.external.push_back(p != kNone && f.provider_external[p]);
      m.start.push_back(static_cast<Day>(s.int64(4)));
      m.stop.push_back(end != kOpenEnd ? end : planned);
      m.planned_stop.push_back(planned);
      m.ended.push_back(end != kOpenEnd);
      m.price.push_back(s.int64(7));
      m.unit.push_back(unit.value());
      m.price_level_year.push_back(static_cast<int16_t>(s.int64(9)));
    }
    if (s.failed()) return Error{"load measures", s.error()};
  }

  {
    auto st = db.prepare("SELECT month, measure_group, amount_ore FROM actual WHERE deleted=0 ORDER BY month, measure_group");
    if (!st) return st.error();
    auto& s = st.value();
    while (s.step()) {
      auto g = parse_group(s.text(1));
      if (!g) return Error{"actual", g.error().message};
      f.actuals.push_back({static_cast<Day>(s.int64(0)), g.value(), s.int64(2)});
    }
  }
  {
    auto st = db.prepare(
        "SELECT id, year, measure_group, corrected_budget_ore, deviation_cause FROM budget_line WHERE deleted=0 "
        "ORDER BY year, measure_group");
    if (!st) return st.error();
    auto& s = st.value();
    while (s.step()) {
      auto g = parse_group(s.text(2));
      if (!g) return Error{"budget_line", g.error().message};
      f.budgets.push_back({s.text(0), s.int32(1), g.value(), s.int64(3), s.text(4)});
    }
  }
  return f;
}

}  // namespace overblik::steering

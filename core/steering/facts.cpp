#include "core/steering/facts.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

namespace overblik::steering {

const char* group_name(MeasureGroup g) {
  switch (g) {
    case MeasureGroup::preventive:
      return "preventive";
    case MeasureGroup::placement:
      return "placement";
    case MeasureGroup::other:
      return "other";
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

constexpr std::string_view kMeasureSelect =
    "SELECT id, case_id, type_id, provider_id, start, planned_stop, end, price_ore, price_unit, price_level_year "
    "FROM measure WHERE deleted=0";

// One measure row, resolved to dimension indices.
struct MeasureRow {
  std::string id;
  uint32_t case_idx, type, provider;
  Day start, planned_stop, end;
  Ore price;
  PriceUnit unit;
  int16_t price_level_year;
};

// Reads the current row of a kMeasureSelect statement; an empty optional when the row is dangling.
template <class CaseOf, class TypeOf, class ProviderOf>
Result<std::optional<MeasureRow>> read_measure(store::Statement& s, const Facts& f, CaseOf case_of, TypeOf type_of,
                                               ProviderOf provider_of) {
  uint32_t c = case_of(s.opt_text(1));
  uint32_t t = type_of(s.opt_text(2));
  if (c == kNone || t == kNone || c >= f.cases.dim.size() || t >= f.types.dim.size())
    return std::optional<MeasureRow>{};
  auto unit = parse_price_unit(s.text(8));
  if (!unit) return Error{"measure " + s.text(0), unit.error().message};
  return std::optional<MeasureRow>{MeasureRow{s.text(0), c, t, provider_of(s.opt_text(3)), static_cast<Day>(s.int64(4)),
                                              s.is_null(5) ? kOpenEnd : static_cast<Day>(s.int64(5)),
                                              s.is_null(6) ? kOpenEnd : static_cast<Day>(s.int64(6)), s.int64(7),
                                              unit.value(), static_cast<int16_t>(s.int64(9))}};
}

// Applies f to every column of the measure store (to insert or erase a row in all of them at once).
template <class F>
void for_each_column(MeasureFacts& m, F&& f) {
  f(m.id), f(m.case_idx), f(m.child), f(m.type), f(m.team), f(m.caseworker), f(m.provider), f(m.group);
  f(m.ladder_step), f(m.external), f(m.start), f(m.stop), f(m.planned_stop), f(m.ended), f(m.price), f(m.unit);
  f(m.price_level_year);
}

// Copies the case's denormalised columns (child, team, caseworker) onto measure i.
void set_case_columns(Facts& f, size_t i) {
  const uint32_t c = f.measures.case_idx[i];
  f.measures.child[i] = f.cases.child[c];
  f.measures.team[i] = f.cases.team[c];
  f.measures.caseworker[i] = f.cases.caseworker[c];
}

void set_measure(Facts& f, size_t i, const MeasureRow& r) {
  auto& m = f.measures;
  m.id[i] = r.id;
  m.case_idx[i] = r.case_idx;
  set_case_columns(f, i);
  m.type[i] = r.type;
  m.provider[i] = r.provider;
  m.group[i] = f.types.group[r.type];
  m.ladder_step[i] = f.types.ladder_step[r.type];
  m.external[i] = r.provider != kNone && r.provider < f.provider_external.size() && f.provider_external[r.provider];
  m.start[i] = r.start;
  m.stop[i] = r.end != kOpenEnd ? r.end : r.planned_stop;
  m.planned_stop[i] = r.planned_stop;
  m.ended[i] = r.end != kOpenEnd;
  m.price[i] = r.price;
  m.unit[i] = r.unit;
  m.price_level_year[i] = r.price_level_year;
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
    auto st = db.prepare(std::string(kMeasureSelect) + " ORDER BY id");
    if (!st) return st.error();
    auto& s = st.value();
    while (s.step()) {
      auto row = read_measure(
          s, f, [&](const std::optional<std::string>& k) { return lookup(cases, k); },
          [&](const std::optional<std::string>& k) { return lookup(types, k); },
          [&](const std::optional<std::string>& k) { return lookup(providers, k); });
      if (!row) return row.error();
      if (!row.value()) continue;  // dangling (e.g. its case was deleted): not part of the figures
      for_each_column(f.measures, [](auto& col) { col.emplace_back(); });
      set_measure(f, f.measures.size() - 1, *row.value());
    }
    if (s.failed()) return Error{"load measures", s.error()};
  }

  {
    auto st =
        db.prepare("SELECT month, measure_group, amount_ore FROM actual WHERE deleted=0 ORDER BY month, measure_group");
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

namespace {

Status reload_all(Facts& facts, store::Database& db) {
  auto fresh = load_facts(db);
  if (!fresh) return fresh.error();
  facts = std::move(fresh.value());
  return ok_status();
}

Status apply_measure_change(Facts& f, store::Database& db, std::string_view id) {
  auto st = db.prepare(std::string(kMeasureSelect) + " AND id=?");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, id);
  std::optional<MeasureRow> row;
  if (s.step()) {
    auto by_dim = [](const Dimension& d) {
      return [&d](const std::optional<std::string>& k) { return k ? d.index_of(*k) : kNone; };
    };
    auto r = read_measure(s, f, by_dim(f.cases.dim), by_dim(f.types.dim), by_dim(f.providers));
    if (!r) return r.error();
    row = r.value();
  }
  if (s.failed()) return Error{"measure " + std::string(id), s.error()};
  auto& m = f.measures;
  const size_t pos = static_cast<size_t>(std::lower_bound(m.id.begin(), m.id.end(), id) - m.id.begin());
  const bool present = pos < m.size() && m.id[pos] == id;
  if (row) {
    if (!present) for_each_column(m, [pos](auto& col) { col.emplace(col.begin() + static_cast<ptrdiff_t>(pos)); });
    set_measure(f, pos, *row);
  } else if (present) {
    for_each_column(m, [pos](auto& col) { col.erase(col.begin() + static_cast<ptrdiff_t>(pos)); });
  }
  return ok_status();
}

Status apply_case_change(Facts& f, store::Database& db, std::string_view id) {
  auto st = db.prepare(
      "SELECT child_id, team_id, caseworker_id, opened, closed, case_weight_milli, "
      "(SELECT COUNT(*) FROM measure WHERE case_id=child_case.id AND deleted=0) "
      "FROM child_case WHERE deleted=0 AND id=?");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, id);
  const uint32_t c = f.cases.dim.index_of(id);
  if (!s.step()) {
    if (s.failed()) return Error{"child_case " + std::string(id), s.error()};
    // Deleted (or never loaded): its measures drop out and indices shift, so rebuild.
    return c == kNone ? ok_status() : reload_all(f, db);
  }
  const uint32_t child = f.children.dim.index_of(s.text(0));
  const uint32_t team = f.teams.index_of(s.text(1));
  if (child == kNone || team == kNone) return reload_all(f, db);  // refers to a row the store has not seen
  if (c == kNone && s.int64(6) > 0) return reload_all(f, db);     // a restored case with measures
  auto& cs = f.cases;
  const uint32_t at = c == kNone ? static_cast<uint32_t>(cs.dim.size()) : c;
  if (c == kNone) {  // a new case goes last: indices of the others stay valid
    cs.dim.id.emplace_back(id);
    cs.dim.name.emplace_back();
    cs.child.push_back(0), cs.team.push_back(0), cs.caseworker.push_back(0);
    cs.opened.push_back(0), cs.closed.push_back(0), cs.weight_milli.push_back(0);
  }
  cs.child[at] = child;
  cs.team[at] = team;
  cs.caseworker[at] = s.is_null(2) ? kNone : f.caseworkers.dim.index_of(s.text(2));
  cs.opened[at] = static_cast<Day>(s.int64(3));
  cs.closed[at] = s.is_null(4) ? kOpenEnd : static_cast<Day>(s.int64(4));
  cs.weight_milli[at] = s.int32(5);
  for (size_t i = 0; i < f.measures.size(); ++i)
    if (f.measures.case_idx[i] == at) set_case_columns(f, i);
  return ok_status();
}

}  // namespace

Status apply_change(Facts& facts, store::Database& db, std::string_view entity, std::string_view id) {
  if (entity == "measure") return apply_measure_change(facts, db, id);
  if (entity == "child_case") return apply_case_change(facts, db, id);
  return reload_all(facts, db);
}

}  // namespace overblik::steering

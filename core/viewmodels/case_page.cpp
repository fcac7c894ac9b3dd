#include "core/viewmodels/case_page.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "core/viewmodels/case_index.h"

namespace overblik::viewmodels {

namespace {

// Runs `sql` with `id` bound to every '?' and calls row(statement) per row.
template <class F>
Status each(store::Database& db, const char* sql, const std::string& id, F&& row) {
  auto st = db.prepare(sql);
  if (!st) return st.error();
  for (int i = 1; i <= sqlite3_bind_parameter_count(st.value().raw()); ++i) st.value().bind(i, id);
  while (st.value().step()) row(st.value());
  if (st.value().failed()) return Error{"case page", st.value().error()};
  return ok_status();
}

std::optional<Day> opt_day(const store::Statement& s, int col) {
  if (s.is_null(col)) return std::nullopt;
  return static_cast<Day>(s.int64(col));
}

// Open deadlines first, the most urgent on top; then the done ones, latest first.
int rank(rules::DeadlineStatus s) {
  switch (s) {
    case rules::DeadlineStatus::overdue:
      return 0;
    case rules::DeadlineStatus::due_soon:
      return 1;
    case rules::DeadlineStatus::upcoming:
      return 2;
    default:
      return 3;
  }
}

Status load_header(store::Database& db, const std::string& id, CasePage& p) {
  bool found = false;
  auto s =
      each(db,
           "SELECT ch.pseudonym, ch.birth_date, ch.district, COALESCE(c.caseworker_id, ''), COALESCE(cw.name, ''), "
           "c.team_id, COALESCE(t.name, ''), c.status, c.opened, c.closed, c.concern_level, c.case_weight_milli "
           "FROM child_case c JOIN child ch ON ch.id = c.child_id LEFT JOIN caseworker cw ON cw.id = "
           "c.caseworker_id LEFT JOIN team t ON t.id = c.team_id WHERE c.id = ? AND c.deleted = 0",
           id, [&](store::Statement& r) {
             found = true;
             p.child_pseudonym = r.text(0);
             p.birth = static_cast<Day>(r.int64(1));
             p.district = r.text(2);
             p.caseworker_id = r.text(3);
             p.caseworker_name = r.text(4);
             p.team_id = r.text(5);
             p.team_name = r.text(6);
             p.open = r.text(7) == "open";
             p.opened = static_cast<Day>(r.int64(8));
             p.closed = opt_day(r, 9);
             p.concern_level = r.int32(10);
             p.weight_milli = r.int32(11);
           });
  if (!s) return s;
  if (!found) return Error{"case", "no case '" + id.substr(0, 60) + "'"};
  return ok_status();
}

Status load_plans(store::Database& db, const std::string& id, CasePage& p) {
  std::unordered_map<std::string, size_t> at;
  auto s = each(db,
                "SELECT id, decided, signed, youth_plan FROM child_plan WHERE case_id = ? AND deleted = 0 "
                "ORDER BY decided DESC, id",
                id, [&](store::Statement& r) {
                  at.emplace(r.text(0), p.plans.size());
                  p.plans.push_back({r.text(0), static_cast<Day>(r.int64(1)), opt_day(r, 2), r.int64(3) != 0, {}});
                });
  if (!s) return s;
  return each(db,
              "SELECT g.plan_id, g.text, g.target_date, g.school_goal FROM plan_goal g JOIN child_plan p ON "
              "p.id = g.plan_id WHERE p.case_id = ? AND g.deleted = 0 ORDER BY g.id",
              id, [&](store::Statement& r) {
                if (auto it = at.find(r.text(0)); it != at.end())
                  p.plans[it->second].goals.push_back({r.text(1), opt_day(r, 2), r.int64(3) != 0});
              });
}

}  // namespace

Result<CasePage> build_case_page(store::Database& db, const std::string& id, Day as_of, int due_soon_days) {
  CasePage p;
  p.case_id = id;
  p.as_of = as_of;
  if (auto s = load_header(db, id, p); !s) return s.error();
  p.age = age_in_years(p.birth, as_of);

  auto s = each(db,
                "SELECT id, source, received, professional_reporter, assessed, receipt_sent FROM notification "
                "WHERE case_id = ? AND deleted = 0 ORDER BY received DESC, id",
                id, [&](store::Statement& r) {
                  p.notifications.push_back({r.text(0), r.text(1), static_cast<Day>(r.int64(2)), r.int64(3) != 0,
                                             opt_day(r, 4), opt_day(r, 5)});
                });
  if (!s) return s.error();
  s = each(
      db,
      "SELECT id, started, completed FROM investigation WHERE case_id = ? AND deleted = 0 ORDER BY started DESC, id",
      id, [&](store::Statement& r) {
        p.investigations.push_back({r.text(0), static_cast<Day>(r.int64(1)), opt_day(r, 2)});
      });
  if (!s) return s.error();
  if (s = load_plans(db, id, p); !s) return s.error();
  s = each(
      db,
      "SELECT m.id, m.type_id, t.name_da, t.name_en, t.measure_group, COALESCE(pr.name, ''), t.ladder_step, m.start, "
      "m.planned_stop, m.end, m.price_ore, m.price_unit FROM measure m JOIN measure_type t ON t.id = m.type_id "
      "LEFT JOIN provider pr ON pr.id = m.provider_id WHERE m.case_id = ? AND m.deleted = 0",
      id, [&](store::Statement& r) {
        MeasureRow m{r.text(0),     r.text(1),     r.text(2),   r.text(3),
                     r.text(4),     r.text(5),     r.int32(6),  static_cast<Day>(r.int64(7)),
                     opt_day(r, 8), opt_day(r, 9), r.int64(10), r.text(11),
                     true};
        m.active = !m.end || *m.end >= as_of;
        p.measures.push_back(std::move(m));
      });
  if (!s) return s.error();
  std::sort(p.measures.begin(), p.measures.end(), [](const MeasureRow& a, const MeasureRow& b) {
    return std::make_tuple(!a.active, -a.start, a.id) < std::make_tuple(!b.active, -b.start, b.id);
  });
  s = each(db,
           "SELECT id, COALESCE(measure_id, ''), note, outcome, done, progress_score, next_due FROM follow_up "
           "WHERE case_id = ? AND deleted = 0 ORDER BY done DESC, id DESC",
           id, [&](store::Statement& r) {
             FollowUpRow f{r.text(0),    r.text(1),    r.text(2), r.text(3), static_cast<Day>(r.int64(4)),
                           std::nullopt, opt_day(r, 6)};
             if (!r.is_null(5)) f.progress = r.int32(5);
             p.follow_ups.push_back(std::move(f));
           });
  if (!s) return s.error();

  rules::DeadlineQuery query;
  query.as_of = as_of;
  query.case_id = id;
  query.due_soon_days = due_soon_days;
  auto items = rules::list_deadlines(db, query);
  if (!items) return items.error();
  p.deadlines = std::move(items.value());
  std::stable_sort(p.deadlines.begin(), p.deadlines.end(), [](const auto& a, const auto& b) {
    const int ra = rank(a.status), rb = rank(b.status);
    if (ra != rb) return ra < rb;
    return ra == 3 ? a.due > b.due : a.due < b.due;
  });
  for (const auto& d : p.deadlines) {
    p.overdue += d.status == rules::DeadlineStatus::overdue;
    p.due_soon += d.status == rules::DeadlineStatus::due_soon;
  }
  return p;
}

}  // namespace overblik::viewmodels

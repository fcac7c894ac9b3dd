// Writes the in-memory demo world into SQLite with one prepared statement per table (the caller holds the
// transaction). Ids are the row's position with a fixed-width number, so they sort in creation order.
#include "core/demo/write.h"

#include <cstdio>

#include "core/demo/vocabulary.h"
#include "core/store/catalogue.h"

namespace overblik::demo {

namespace {

std::string make_id(const char* prefix, int index, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%0*d", prefix, width, index + 1);
  return buf;
}

std::string team_id(int i) {
  return make_id("team", i, 2);
}
std::string caseworker_id(int i) {
  return make_id("cw", i, 4);
}
std::string provider_id(int i) {
  return make_id("prov", i, 2);
}
std::string child_id(int i) {
  return make_id("child", i, 5);
}
std::string case_id(int i) {
  return make_id("case", i, 5);
}
std::string plan_id(int i) {
  return make_id("plan", i, 6);
}
std::string measure_id(int i) {
  return make_id("msr", i, 6);
}

// Runs `fill(statement, i)` then steps, for i in [0, n); the first failure names the table and row.
template <class Fill>
Status insert_all(store::Database& db, const char* table, const std::string& columns, size_t n, Fill fill) {
  std::string params = "?,?,?,0";
  int count = 1;
  for (char ch : columns)
    if (ch == ',') ++count;
  for (int i = 0; i < count; ++i) params += ",?";
  auto st = db.prepare(std::string("INSERT INTO ") + table + "(id,hlc,device,deleted," + columns + ") VALUES(" +
                       params + ")");
  if (!st) return st.error();
  auto& s = st.value();
  for (size_t i = 0; i < n; ++i) {
    s.reset();
    fill(s, static_cast<int>(i));
    s.step();
    if (s.failed()) return Error{std::string(table) + " row " + std::to_string(i + 1), s.error()};
  }
  return ok_status();
}

}  // namespace

Status write_world(store::Database& db, const World& w, const std::string& hlc, const std::string& device) {
  auto stamp = [&](store::Statement& s, const std::string& id) -> store::Statement& {
    return s.bind(1, id).bind(2, hlc).bind(3, device);
  };
  if (auto s = store::install_catalogue(db, hlc, device); !s) return s;
  const auto& cat = store::measure_catalogue();

  if (auto r = insert_all(db, "team", "name", w.teams.size(),
                          [&](store::Statement& s, int i) { stamp(s, team_id(i)).bind(4, w.teams[i].name); });
      !r)
    return r;
  if (auto r = insert_all(db, "caseworker", "name,team_id,fte_milli", w.caseworkers.size(),
                          [&](store::Statement& s, int i) {
                            const auto& c = w.caseworkers[i];
                            stamp(s, caseworker_id(i)).bind(4, c.name).bind(5, team_id(c.team)).bind(6, c.fte_milli);
                          });
      !r)
    return r;
  if (auto r = insert_all(db, "provider", "name,kind", w.providers.size(),
                          [&](store::Statement& s, int i) {
                            const auto& p = w.providers[i];
                            stamp(s, provider_id(i)).bind(4, p.name).bind(5, p.external ? "external" : "internal");
                          });
      !r)
    return r;
  const auto& districts_ = districts();
  if (auto r = insert_all(db, "child", "pseudonym,birth_date,district,cpr", w.children.size(),
                          [&](store::Statement& s, int i) {
                            const auto& c = w.children[i];
                            char pseudonym[24];
                            std::snprintf(pseudonym, sizeof pseudonym, "Barn %04d", c.number);
                            stamp(s, child_id(i)).bind(4, pseudonym).bind(5, int64_t{c.birth});
                            s.bind(6, districts_[static_cast<size_t>(c.district)]).bind_null(7);  // never a CPR
                          });
      !r)
    return r;
  if (auto r = insert_all(db, "child_case",
                          "child_id,caseworker_id,team_id,status,opened,closed,case_weight_milli,concern_level,follow_"
                          "up_cadence_months",
                          w.cases.size(),
                          [&](store::Statement& s, int i) {
                            const auto& c = w.cases[i];
                            stamp(s, case_id(i)).bind(4, child_id(c.child));
                            if (c.caseworker == kNone)
                              s.bind_null(5);
                            else
                              s.bind(5, caseworker_id(c.caseworker));
                            s.bind(6, team_id(c.team)).bind(7, c.closed ? "closed" : "open").bind(8, int64_t{c.opened});
                            s.bind(9, c.closed).bind(10, c.weight_milli).bind(11, c.concern).bind(12, c.cadence_months);
                          });
      !r)
    return r;
  const auto& sources = notification_sources();
  if (auto r = insert_all(db, "notification", "case_id,received,source,professional_reporter,assessed,receipt_sent",
                          w.notifications.size(),
                          [&](store::Statement& s, int i) {
                            const auto& n = w.notifications[i];
                            stamp(s, make_id("ntf", i, 6)).bind(4, case_id(n.case_idx)).bind(5, int64_t{n.received});
                            s.bind(6, sources[static_cast<size_t>(n.source)].name).bind(7, n.professional ? 1 : 0);
                            s.bind(8, n.assessed).bind(9, n.receipt_sent);
                          });
      !r)
    return r;
  if (auto r = insert_all(db, "investigation", "case_id,started,completed", w.investigations.size(),
                          [&](store::Statement& s, int i) {
                            const auto& v = w.investigations[i];
                            stamp(s, make_id("inv", i, 6)).bind(4, case_id(v.case_idx)).bind(5, int64_t{v.started});
                            s.bind(6, v.completed);
                          });
      !r)
    return r;
  if (auto r = insert_all(db, "child_plan", "case_id,decided,signed,youth_plan", w.plans.size(),
                          [&](store::Statement& s, int i) {
                            const auto& p = w.plans[i];
                            stamp(s, plan_id(i)).bind(4, case_id(p.case_idx)).bind(5, int64_t{p.decided});
                            s.bind(6, p.signed_on).bind(7, p.youth_plan ? 1 : 0);
                          });
      !r)
    return r;
  if (auto r = insert_all(db, "plan_goal", "plan_id,text,target_date,school_goal", w.goals.size(),
                          [&](store::Statement& s, int i) {
                            const auto& g = w.goals[i];
                            const auto& texts = g.school ? school_goal_texts() : goal_texts();
                            stamp(s, make_id("goal", i, 6)).bind(4, plan_id(g.plan));
                            s.bind(5, texts[static_cast<size_t>(g.text)]).bind(6, g.target).bind(7, g.school ? 1 : 0);
                          });
      !r)
    return r;
  if (auto r = insert_all(
          db, "measure", "case_id,type_id,provider_id,start,planned_stop,end,price_ore,price_unit,price_level_year",
          w.measures.size(),
          [&](store::Statement& s, int i) {
            const auto& m = w.measures[i];
            stamp(s, measure_id(i)).bind(4, case_id(m.case_idx)).bind(5, cat[static_cast<size_t>(m.type)].id);
            if (m.provider == kNone)
              s.bind_null(6);
            else
              s.bind(6, provider_id(m.provider));
            s.bind(7, int64_t{m.start}).bind(8, m.planned_stop).bind(9, m.end).bind(10, m.price);
            s.bind(11, cat[static_cast<size_t>(m.type)].default_price_unit).bind(12, m.price_level_year);
          });
      !r)
    return r;
  const auto& outcomes = follow_up_outcomes();
  if (auto r = insert_all(db, "follow_up", "case_id,measure_id,done,outcome,progress_score,next_due,note",
                          w.follow_ups.size(),
                          [&](store::Statement& s, int i) {
                            const auto& f = w.follow_ups[i];
                            stamp(s, make_id("fu", i, 7)).bind(4, case_id(f.case_idx)).bind(5, measure_id(f.measure));
                            s.bind(6, int64_t{f.done}).bind(7, outcomes[static_cast<size_t>(f.outcome)]);
                            s.bind(8, f.score).bind(9, int64_t{f.next_due}).bind(10, "");
                          });
      !r)
    return r;
  if (auto r = insert_all(db, "supervision_visit", "case_id,visited,child_conversation,note", w.visits.size(),
                          [&](store::Statement& s, int i) {
                            const auto& v = w.visits[i];
                            stamp(s, make_id("sv", i, 6)).bind(4, case_id(v.case_idx)).bind(5, int64_t{v.visited});
                            s.bind(6, v.child_conversation ? 1 : 0).bind(7, "");
                          });
      !r)
    return r;
  if (auto r =
          insert_all(db, "budget_line", "year,measure_group,corrected_budget_ore,deviation_cause", w.budgets.size(),
                     [&](store::Statement& s, int i) {
                       const auto& b = w.budgets[i];
                       const std::string id = "bl-" + std::to_string(b.year) + "-" + steering::group_name(b.group);
                       stamp(s, id).bind(4, b.year).bind(5, steering::group_name(b.group));
                       s.bind(6, b.corrected_budget).bind(7, b.cause);
                     });
      !r)
    return r;
  return insert_all(db, "actual", "month,measure_group,amount_ore", w.actuals.size(), [&](store::Statement& s, int i) {
    const auto& a = w.actuals[i];
    const std::string id = "act-" + format_iso_date(a.month).substr(0, 7) + "-" + steering::group_name(a.group);
    stamp(s, id).bind(4, int64_t{a.month}).bind(5, steering::group_name(a.group)).bind(6, a.amount);
  });
}

}  // namespace overblik::demo

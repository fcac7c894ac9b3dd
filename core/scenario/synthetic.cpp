#include "core/scenario/synthetic.h"

#include <optional>

#include "core/scenario/splitmix.h"

namespace overblik::scenario::synthetic {

namespace {

const char* kRow = "'h','test',0";

struct TypeShape {
  const char* id;
  const char* group;
  int step;
  const char* unit;
  int64_t price_lo, price_hi;  // øre per unit
  int weight;                  // relative frequency
  int dur_lo, dur_hi;          // days
};

// Prices and durations in the ranges the seeds report (placements ~0.4-1.5 mio. kr. a year).
constexpr TypeShape kShapes[] = {
    {"family_treatment", "preventive", 3, "month", 800000, 2500000, 20, 120, 500},
    {"contact_person", "preventive", 2, "month", 300000, 1200000, 18, 180, 700},
    {"respite", "preventive", 3, "day", 150000, 400000, 8, 90, 400},
    {"network_foster", "placement", 4, "year", 15000000, 30000000, 5, 300, 1500},
    {"foster_family", "placement", 5, "year", 35000000, 70000000, 14, 300, 1800},
    {"residential_home", "placement", 6, "day", 250000, 450000, 9, 200, 1200},
    {"residential_institution", "placement", 6, "day", 300000, 550000, 6, 150, 1000},
    {"other", "other", 2, "month", 100000, 500000, 5, 60, 365},
};

}  // namespace

Status begin_workspace(store::Database& db) {
  if (auto s = db.exec(std::string("INSERT INTO team VALUES('team1',") + kRow + ",'Team 1')"); !s) return s;
  return db.exec(std::string("INSERT INTO caseworker VALUES('cw1',") + kRow + ",'Caseworker 1','team1',1000)");
}

Status add_type(store::Database& db, const std::string& id, const std::string& group, int ladder_step) {
  auto st =
      db.prepare(std::string("INSERT INTO measure_type VALUES(?,") + kRow + ",?,?,?,?,'Barnets Lov',?,100000,'year')");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, id).bind(2, id).bind(3, id).bind(4, group).bind(5, ladder_step).bind(6, id);
  s.step();
  if (s.failed()) return Error{"add_type " + id, s.error()};
  return ok_status();
}

Status add_measure(store::Database& db, int n, const std::string& type_id, Day start, std::optional<Day> planned_stop,
                   std::optional<Day> end, Ore price, const std::string& unit, const std::string& child_id) {
  const std::string k = std::to_string(n);
  const std::string child = child_id.empty() ? "c" + k : child_id;
  if (auto s = db.exec("INSERT OR IGNORE INTO child VALUES('" + child + "'," + kRow + ",'P" + child +
                       "',10000,'North',NULL)");
      !s)
    return s;
  if (auto s = db.exec("INSERT INTO child_case VALUES('k" + k + "'," + kRow + ",'" + child + "','cw1','team1','open'," +
                       std::to_string(start) + ",NULL,1000,1,NULL)");
      !s)
    return s;
  auto st = db.prepare(std::string("INSERT INTO measure VALUES(?,") + kRow + ",?,?,NULL,?,?,?,?,?,2024)");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, "m" + k).bind(2, "k" + k).bind(3, type_id).bind(4, start).bind(5, planned_stop).bind(6, end);
  s.bind(7, price).bind(8, unit);
  s.step();
  if (s.failed()) return Error{"add_measure " + k, s.error()};
  return ok_status();
}

Status fill_workspace(store::Database& db, int children, uint64_t seed, Day as_of) {
  if (auto s = begin_workspace(db); !s) return s;
  int total_weight = 0;
  for (const auto& t : kShapes) {
    if (auto s = add_type(db, t.id, t.group, t.step); !s) return s;
    total_weight += t.weight;
  }
  SplitMix rng{seed};
  store::Transaction tx(db);
  int n = 0;
  for (int c = 0; c < children; ++c) {
    std::string child = "c";
    child += std::to_string(c);
    int measures = rng.in(0, 3) == 0 ? 2 : 1;  // a quarter of the children have two measures
    for (int k = 0; k < measures; ++k) {
      int w = static_cast<int>(rng.in(0, total_weight - 1));
      const TypeShape* t = kShapes;
      for (; w >= t->weight; ++t) w -= t->weight;
      Day start = as_of - static_cast<Day>(rng.in(0, 4 * 365));
      Day stop = start + static_cast<Day>(rng.in(t->dur_lo, t->dur_hi));
      std::optional<Day> planned, end;
      if (stop <= as_of) end = stop;          // ended
      if (rng.in(0, 4) != 0) planned = stop;  // most measures have a planned stop
      if (auto s = add_measure(db, n++, t->id, start, planned, end, rng.in(t->price_lo, t->price_hi), t->unit, child);
          !s)
        return s;
    }
  }
  return tx.commit();
}

}  // namespace overblik::scenario::synthetic

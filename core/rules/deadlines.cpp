#include "core/rules/deadlines.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "core/rules/rule_book.h"
#include "core/rules/rule_sets.h"

namespace overblik::rules {

const char* kind_name(DeadlineKind k) {
  switch (k) {
    case DeadlineKind::notification_assessment:
      return "notification_assessment";
    case DeadlineKind::notification_receipt:
      return "notification_receipt";
    case DeadlineKind::investigation:
      return "investigation";
    case DeadlineKind::child_plan:
      return "child_plan";
    case DeadlineKind::first_follow_up:
      return "first_follow_up";
    case DeadlineKind::follow_up:
      return "follow_up";
    case DeadlineKind::supervision_visit:
      return "supervision_visit";
  }
  return "?";
}

const char* status_name(DeadlineStatus s) {
  switch (s) {
    case DeadlineStatus::done_on_time:
      return "done_on_time";
    case DeadlineStatus::done_late:
      return "done_late";
    case DeadlineStatus::overdue:
      return "overdue";
    case DeadlineStatus::due_soon:
      return "due_soon";
    case DeadlineStatus::upcoming:
      return "upcoming";
  }
  return "?";
}

namespace {

constexpr Day kNever = std::numeric_limits<Day>::max();

struct CaseRow {
  std::string id, pseudonym, caseworker_id, caseworker_name;
  Day closed = kNever;
  std::optional<int> cadence;
};

struct Dated {  // a follow-up or a visit
  Day day;
  std::string measure_id;  // "" = the whole case (follow-ups) / unused (visits)
};

struct MeasureRow {
  size_t case_idx;
  std::string id;
  Day start;
  std::optional<Day> planned_stop;
  Day end;
  bool placement;
};

// Loads rows table by table; every query is limited to the cases selected by the query.
class Loader {
 public:
  Loader(store::Database& db, const DeadlineQuery& q) : db_(db), q_(q) {
    filter_ = "SELECT id FROM child_case WHERE deleted=0";
    if (q.case_id) filter_ += " AND id=?";
    if (q.caseworker_id) filter_ += " AND caseworker_id=?";
  }

  // Runs `sql` (which contains one "{cases}" placeholder for the case filter) and calls row(stmt) per row.
  template <class F>
  Status each(std::string sql, F&& row) {
    auto at = sql.find("{cases}");
    if (at != std::string::npos) sql.replace(at, 7, filter_);
    auto st = db_.prepare(sql);
    if (!st) return st.error();
    int i = 1;
    if (q_.case_id) st.value().bind(i++, *q_.case_id);
    if (q_.caseworker_id) st.value().bind(i++, *q_.caseworker_id);
    while (st.value().step()) row(st.value());
    if (st.value().failed()) return Error{"deadlines", st.value().error()};
    return ok_status();
  }

 private:
  store::Database& db_;
  const DeadlineQuery& q_;
  std::string filter_;
};

Day opt_day(store::Statement& s, int col, Day none) {
  return s.is_null(col) ? none : static_cast<Day>(s.int64(col));
}

class Engine {
 public:
  Engine(const RuleBook& book, const DeadlineQuery& q, std::vector<DeadlineItem>& out)
      : book_(book), q_(q), out_(out) {}

  // One deadline triggered on `trigger`; `done` is kNever when not (yet) done. Returns false if no rule applies
  // or the deadline is not required (not met, due after `stop`).
  bool emit(const CaseRow& c, DeadlineKind kind, const std::string& subject,
            const std::vector<std::string_view>& events, Day trigger, Day done, Day stop) {
    if (trigger > q_.as_of) return false;
    auto due = book_.due(events, trigger, q_.include_local, c.cadence);
    if (!due) return false;
    const bool met = done != kNever && done <= q_.as_of;
    if (!met && due->day > stop) return false;
    DeadlineItem it{
        c.id,     c.pseudonym,  c.caseworker_id,          c.caseworker_name,    kind,          subject, trigger,
        due->day, std::nullopt, DeadlineStatus::upcoming, due->rule->reference, due->set->name};
    if (met) {
      it.done = done;
      it.status = done <= due->day ? DeadlineStatus::done_on_time : DeadlineStatus::done_late;
    } else if (q_.as_of > due->day) {
      it.status = DeadlineStatus::overdue;
    } else if (due->day - q_.as_of <= q_.due_soon_days) {
      it.status = DeadlineStatus::due_soon;
    }
    out_.push_back(std::move(it));
    return met;
  }

  // A chain: the first deadline from `start`, then each one met triggers the next. `dated` is sorted by day.
  void chain(const CaseRow& c, const MeasureRow& m, const std::vector<Dated>& dated, bool follow_ups) {
    using namespace event;
    const Day stop = std::min(m.end, c.closed);
    const bool short_placement = m.placement && m.planned_stop && *m.planned_stop <= add_months(m.start, 3);
    static const std::string kShortFirst = std::string(kFirstFollowUp) + std::string(kShortPlacementScope);
    Day trigger = m.start;
    for (bool first = true;; first = false) {
      Day done = kNever;
      for (const auto& d : dated) {
        bool counts = follow_ups ? (d.measure_id.empty() || d.measure_id == m.id) : true;
        if (counts && (first ? d.day >= trigger : d.day > trigger)) {
          done = d.day;
          break;
        }
      }
      std::vector<std::string_view> events;
      DeadlineKind kind = DeadlineKind::supervision_visit;
      if (!follow_ups) {
        events = {kSupervisionVisit};
      } else if (first) {
        kind = DeadlineKind::first_follow_up;
        events = {kFirstFollowUp};
        if (short_placement) events.push_back(kShortFirst);
      } else {
        kind = DeadlineKind::follow_up;
        events = {kFollowUp, kFollowUpCaseCadence};
      }
      if (!emit(c, kind, m.id, events, trigger, done, stop)) return;
      trigger = done;
    }
  }

 private:
  const RuleBook& book_;
  const DeadlineQuery& q_;
  std::vector<DeadlineItem>& out_;
};

}  // namespace

Result<std::vector<DeadlineItem>> list_deadlines(store::Database& db, const DeadlineQuery& q) {
  auto book = RuleBook::load(db);
  if (!book) return book.error();
  Loader load(db, q);
  std::vector<CaseRow> cases;
  std::unordered_map<std::string, size_t> index;
  auto s = load.each(
      "SELECT c.id, ch.pseudonym, c.caseworker_id, cw.name, c.closed, c.follow_up_cadence_months FROM child_case c "
      "JOIN child ch ON ch.id=c.child_id LEFT JOIN caseworker cw ON cw.id=c.caseworker_id "
      "WHERE c.id IN ({cases}) ORDER BY c.id",
      [&](store::Statement& r) {
        CaseRow c{r.text(0), r.text(1), r.text(2), r.text(3), opt_day(r, 4, kNever), std::nullopt};
        if (!r.is_null(5)) c.cadence = static_cast<int>(r.int64(5));
        index.emplace(c.id, cases.size());
        cases.push_back(std::move(c));
      });
  if (!s) return s.error();
  auto case_of = [&](const std::string& id) -> const CaseRow* {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &cases[it->second];
  };

  std::vector<DeadlineItem> out;
  Engine engine(book.value(), q, out);
  using namespace event;
  s = load.each(
      "SELECT case_id, id, received, professional_reporter, assessed, receipt_sent FROM notification "
      "WHERE deleted=0 AND case_id IN ({cases})",
      [&](store::Statement& r) {
        const CaseRow* c = case_of(r.text(0));
        if (!c) return;
        Day received = static_cast<Day>(r.int64(2));
        engine.emit(*c, DeadlineKind::notification_assessment, r.text(1), {kNotificationAssessment}, received,
                    opt_day(r, 4, kNever), c->closed);
        if (r.int64(3) != 0)
          engine.emit(*c, DeadlineKind::notification_receipt, r.text(1), {kNotificationReceipt}, received,
                      opt_day(r, 5, kNever), c->closed);
      });
  if (!s) return s.error();
  s = load.each("SELECT case_id, id, started, completed FROM investigation WHERE deleted=0 AND case_id IN ({cases})",
                [&](store::Statement& r) {
                  if (const CaseRow* c = case_of(r.text(0)))
                    engine.emit(*c, DeadlineKind::investigation, r.text(1), {kInvestigation},
                                static_cast<Day>(r.int64(2)), opt_day(r, 3, kNever), c->closed);
                });
  if (!s) return s.error();
  s = load.each("SELECT case_id, id, decided, signed FROM child_plan WHERE deleted=0 AND case_id IN ({cases})",
                [&](store::Statement& r) {
                  if (const CaseRow* c = case_of(r.text(0)))
                    engine.emit(*c, DeadlineKind::child_plan, r.text(1), {kChildPlan}, static_cast<Day>(r.int64(2)),
                                opt_day(r, 3, kNever), c->closed);
                });
  if (!s) return s.error();

  std::vector<std::vector<Dated>> follow_ups(cases.size()), visits(cases.size());
  s = load.each(
      "SELECT case_id, done, measure_id FROM follow_up WHERE deleted=0 AND case_id IN ({cases}) ORDER BY done",
      [&](store::Statement& r) {
        if (auto it = index.find(r.text(0)); it != index.end())
          follow_ups[it->second].push_back({static_cast<Day>(r.int64(1)), r.text(2)});
      });
  if (!s) return s.error();
  s = load.each(
      "SELECT case_id, visited FROM supervision_visit WHERE deleted=0 AND case_id IN ({cases}) ORDER BY visited",
      [&](store::Statement& r) {
        if (auto it = index.find(r.text(0)); it != index.end())
          visits[it->second].push_back({static_cast<Day>(r.int64(1)), ""});
      });
  if (!s) return s.error();
  std::vector<MeasureRow> measures;
  s = load.each(
      "SELECT m.case_id, m.id, m.start, m.planned_stop, m.end, t.measure_group FROM measure m "
      "JOIN measure_type t ON t.id=m.type_id WHERE m.deleted=0 AND m.case_id IN ({cases}) ORDER BY m.start, m.id",
      [&](store::Statement& r) {
        auto it = index.find(r.text(0));
        if (it == index.end()) return;
        MeasureRow m{it->second,
                     r.text(1),
                     static_cast<Day>(r.int64(2)),
                     std::nullopt,
                     opt_day(r, 4, kNever),
                     r.text(5) == "placement"};
        if (!r.is_null(3)) m.planned_stop = static_cast<Day>(r.int64(3));
        measures.push_back(std::move(m));
      });
  if (!s) return s.error();
  for (const auto& m : measures) {
    engine.chain(cases[m.case_idx], m, follow_ups[m.case_idx], true);
    if (m.placement) engine.chain(cases[m.case_idx], m, visits[m.case_idx], false);
  }

  std::sort(out.begin(), out.end(), [](const DeadlineItem& a, const DeadlineItem& b) {
    return std::tie(a.due, a.case_id, a.kind, a.subject_id, a.triggered) <
           std::tie(b.due, b.case_id, b.kind, b.subject_id, b.triggered);
  });
  return out;
}

}  // namespace overblik::rules

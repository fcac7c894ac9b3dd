#include "core/viewmodels/case_index.h"

#include <algorithm>
#include <unordered_map>

namespace overblik::viewmodels {

namespace {

Status load_people(store::Database& db, const char* sql, std::vector<Person>& out) {
  out.clear();
  auto st = db.prepare(sql);
  if (!st) return st.error();
  while (st.value().step()) out.push_back({st.value().text(0), st.value().text(1), st.value().text(2)});
  if (st.value().failed()) return Error{"case index", st.value().error()};
  return ok_status();
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int age_in_years(Day birth, Day on) {
  const CivilDate b = civil_from_day(birth), d = civil_from_day(on);
  int age = d.year - b.year;
  if (d.month < b.month || (d.month == b.month && d.day < b.day)) --age;
  return age;
}

Result<CaseIndex> CaseIndex::build(store::Database& db, Day as_of, int due_soon_days) {
  CaseIndex index;
  index.as_of_ = as_of;
  index.due_soon_days_ = due_soon_days;
  if (auto s = index.refresh_people(db); !s) return s.error();
  if (auto s = index.load_cases(db, nullptr); !s) return s.error();
  rules::DeadlineQuery query;
  query.as_of = as_of;
  query.due_soon_days = due_soon_days;
  auto items = rules::list_deadlines(db, query);
  if (!items) return items.error();
  std::unordered_map<std::string_view, size_t> position;
  for (size_t i = 0; i < index.entries_.size(); ++i) position.emplace(index.entries_[i].id, i);
  index.deadlines_.assign(index.entries_.size(), {});
  for (auto& item : items.value())
    if (auto it = position.find(item.case_id); it != position.end())
      index.deadlines_[it->second].push_back(std::move(item));
  for (size_t i = 0; i < index.entries_.size(); ++i) index.summarise(i);
  return index;
}

Status CaseIndex::refresh_people(store::Database& db) {
  if (auto s = load_people(
          db, "SELECT id, name, COALESCE(team_id, '') FROM caseworker WHERE deleted=0 ORDER BY name, id", caseworkers_);
      !s)
    return s;
  ++version_;
  return load_people(db, "SELECT id, name, '' FROM team WHERE deleted=0 ORDER BY name, id", teams_);
}

Status CaseIndex::load_cases(store::Database& db, const std::string* only_case) {
  std::string sql =
      "SELECT c.id, ch.pseudonym, ch.birth_date, COALESCE(c.caseworker_id, ''), COALESCE(cw.name, ''), c.team_id, "
      "COALESCE(t.name, ''), c.status, c.opened, c.closed FROM child_case c JOIN child ch ON ch.id = c.child_id "
      "LEFT JOIN caseworker cw ON cw.id = c.caseworker_id LEFT JOIN team t ON t.id = c.team_id WHERE c.deleted = 0";
  if (only_case) sql += " AND c.id = ?";
  sql += " ORDER BY c.id";
  auto st = db.prepare(sql);
  if (!st) return st.error();
  if (only_case) st.value().bind(1, *only_case);
  auto& r = st.value();
  while (r.step()) {
    CaseEntry e;
    e.id = r.text(0);
    e.child_pseudonym = r.text(1);
    e.child_birth = static_cast<Day>(r.int64(2));
    e.caseworker_id = r.text(3);
    e.caseworker_name = r.text(4);
    e.team_id = r.text(5);
    e.team_name = r.text(6);
    e.open = r.text(7) == "open";
    e.opened = static_cast<Day>(r.int64(8));
    e.closed = r.is_null(9) ? kNoDay : static_cast<Day>(r.int64(9));
    e.search_key = lower_ascii(e.child_pseudonym + "\n" + e.caseworker_name + "\n" + e.team_name + "\n" + e.id);
    if (only_case) {
      if (int at = find(e.id); at >= 0) {
        entries_[static_cast<size_t>(at)] = std::move(e);
        continue;
      }
      deadlines_.emplace_back();
    }
    entries_.push_back(std::move(e));
  }
  if (r.failed()) return Error{"case index", r.error()};
  ++version_;
  return ok_status();
}

Status CaseIndex::refresh_case(store::Database& db, const std::string& case_id) {
  if (auto s = load_cases(db, &case_id); !s) return s;
  const int at = find(case_id);
  if (at < 0) return Error{"case index", "no case '" + case_id + "'"};
  rules::DeadlineQuery query;
  query.as_of = as_of_;
  query.case_id = case_id;
  query.due_soon_days = due_soon_days_;
  auto items = rules::list_deadlines(db, query);
  if (!items) return items.error();
  deadlines_[static_cast<size_t>(at)] = std::move(items.value());
  summarise(static_cast<size_t>(at));
  ++version_;
  return ok_status();
}

int CaseIndex::find(const std::string& case_id) const {
  // Entries are in id order except cases appended after the build: binary search, then a linear tail.
  auto it = std::lower_bound(entries_.begin(), entries_.end(), case_id,
                             [](const CaseEntry& e, const std::string& id) { return e.id < id; });
  if (it != entries_.end() && it->id == case_id) return static_cast<int>(it - entries_.begin());
  for (size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].id == case_id) return static_cast<int>(i);
  return -1;
}

void CaseIndex::summarise(size_t i) {
  CaseEntry& e = entries_[i];
  e.overdue = e.due_soon = 0;
  e.next_due = kNoDay;
  for (const auto& d : deadlines_[i]) {
    e.overdue += d.status == rules::DeadlineStatus::overdue;
    e.due_soon += d.status == rules::DeadlineStatus::due_soon;
    if (!d.done) e.next_due = std::min(e.next_due, d.due);
  }
}

}  // namespace overblik::viewmodels

#include "core/viewmodels/case_list.h"

#include <algorithm>
#include <tuple>

namespace overblik::viewmodels {

namespace {

// Strict weak order of two entries for a sort key; ties fall back to urgency, then case id (stable output).
bool before(const CaseEntry& a, const CaseEntry& b, CaseSort sort, bool descending) {
  auto urgency = [](const CaseEntry& e) { return std::make_tuple(-e.overdue, -e.due_soon, e.next_due); };
  auto key_less = [&](const CaseEntry& x, const CaseEntry& y) -> int {  // -1 less, 1 greater, 0 tie
    auto cmp = [](const auto& l, const auto& r) { return l < r ? -1 : (r < l ? 1 : 0); };
    switch (sort) {
      case CaseSort::urgency:
        return cmp(urgency(x), urgency(y));
      case CaseSort::child:
        return cmp(x.child_pseudonym.size(), y.child_pseudonym.size()) != 0
                   ? cmp(x.child_pseudonym.size(), y.child_pseudonym.size())  // "Barn 9" before "Barn 10"
                   : cmp(x.child_pseudonym, y.child_pseudonym);
      case CaseSort::caseworker:
        return cmp(x.caseworker_name, y.caseworker_name);
      case CaseSort::team:
        return cmp(x.team_name, y.team_name);
      case CaseSort::next_due:
        return cmp(x.next_due, y.next_due);
      case CaseSort::opened:
        return cmp(x.opened, y.opened);
    }
    return 0;
  };
  const int k = key_less(a, b);
  if (k != 0) return descending ? k > 0 : k < 0;
  if (urgency(a) != urgency(b)) return urgency(a) < urgency(b);
  return a.id < b.id;
}

bool same_except_search(const CaseListQuery& a, const CaseListQuery& b) {
  CaseListQuery x = a, y = b;
  x.search.clear();
  y.search.clear();
  return x == y;
}

}  // namespace

bool matches(const CaseEntry& e, const CaseListQuery& q, const std::string& lower_search) {
  if (q.status == CaseStatusFilter::open && !e.open) return false;
  if (q.status == CaseStatusFilter::closed && e.open) return false;
  if (!q.caseworker_id.empty()) {
    if (q.caseworker_id == kUnassigned ? !e.caseworker_id.empty() : e.caseworker_id != q.caseworker_id) return false;
  }
  if (!q.team_id.empty() && e.team_id != q.team_id) return false;
  if (q.overdue_only && e.overdue == 0) return false;
  if (!lower_search.empty() && e.search_key.find(lower_search) == std::string::npos) return false;
  return true;
}

std::vector<uint32_t> filter_cases(const CaseIndex& index, const CaseListQuery& q) {
  const std::string needle = lower_ascii(q.search);
  std::vector<uint32_t> rows;
  const auto& entries = index.entries();
  for (uint32_t i = 0; i < entries.size(); ++i)
    if (matches(entries[i], q, needle)) rows.push_back(i);
  std::sort(rows.begin(), rows.end(),
            [&](uint32_t a, uint32_t b) { return before(entries[a], entries[b], q.sort, q.descending); });
  return rows;
}

const std::vector<uint32_t>& CaseList::rows(const CaseIndex& index, const CaseListQuery& q) {
  if (index_ == &index && version_ == index.version() && q == last_) return rows_;
  const bool narrowing = index_ == &index && version_ == index.version() && same_except_search(q, last_) &&
                         q.search.size() > last_.search.size() &&
                         lower_ascii(q.search).starts_with(lower_ascii(last_.search));
  if (narrowing) {
    // More letters typed: every match is among the previous rows, already in order.
    const std::string needle = lower_ascii(q.search);
    const auto& entries = index.entries();
    std::erase_if(rows_, [&](uint32_t i) { return entries[i].search_key.find(needle) == std::string::npos; });
  } else {
    rows_ = filter_cases(index, q);
  }
  index_ = &index;
  version_ = index.version();
  last_ = q;
  ++recomputations_;
  count(index);
  return rows_;
}

void CaseList::count(const CaseIndex& index) {
  overdue_cases_ = overdue_deadlines_ = 0;
  for (uint32_t i : rows_) {
    const int n = index.entries()[i].overdue;
    overdue_cases_ += n > 0;
    overdue_deadlines_ += n;
  }
}

}  // namespace overblik::viewmodels

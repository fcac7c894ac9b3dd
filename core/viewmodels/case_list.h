#pragma once
// The case list ("mine sager"): the rows of a CaseIndex that pass the filters, in the chosen order.
// Default order is urgency: cases with overdue deadlines first (most overdue first), then due soon, then by
// the next due date ("røde tal" on top). The result is cached and recomputed only when the query or the
// index changes; typing more letters into the search narrows the previous result instead of rescanning.
#include <cstdint>
#include <string>
#include <vector>

#include "core/viewmodels/case_index.h"

namespace overblik::viewmodels {

enum class CaseStatusFilter { open, closed, all };
enum class CaseSort { urgency, child, caseworker, team, next_due, opened };

struct CaseListQuery {
  std::string search;  // case-insensitive substring of child pseudonym, caseworker, team or case id
  CaseStatusFilter status = CaseStatusFilter::open;
  std::string caseworker_id;  // "" = any; kUnassigned = cases without a caseworker
  std::string team_id;        // "" = any
  bool overdue_only = false;
  CaseSort sort = CaseSort::urgency;
  bool descending = false;
  bool operator==(const CaseListQuery&) const = default;
};

inline constexpr const char* kUnassigned = "-";

// Filters and sorts from scratch (the reference the cached list must agree with).
std::vector<uint32_t> filter_cases(const CaseIndex& index, const CaseListQuery& query);

// True if entry passes the query's filters.
bool matches(const CaseEntry& entry, const CaseListQuery& query, const std::string& lower_search);

class CaseList {
 public:
  // Indices into index.entries(), recomputed only if the query or the index changed since the last call.
  const std::vector<uint32_t>& rows(const CaseIndex& index, const CaseListQuery& query);
  // Totals over the rows: cases with overdue deadlines, and overdue deadlines.
  int overdue_cases() const { return overdue_cases_; }
  int overdue_deadlines() const { return overdue_deadlines_; }
  int recomputations() const { return recomputations_; }

 private:
  void count(const CaseIndex& index);
  std::vector<uint32_t> rows_;
  CaseListQuery last_;
  const CaseIndex* index_ = nullptr;
  uint64_t version_ = ~uint64_t{0};
  int overdue_cases_ = 0, overdue_deadlines_ = 0, recomputations_ = 0;
};

}  // namespace overblik::viewmodels

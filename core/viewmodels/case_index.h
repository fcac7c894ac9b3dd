#pragma once
// The index behind the caseworker's case list ("mine sager"): one entry per case with what the list shows,
// filters and sorts on (child, caseworker, team, status, deadline summary), and each case's deadlines.
// Built once from the workspace (a handful of queries, one deadline pass); after a command only the
// changed case is refreshed. The list never runs SQL per frame: it filters and sorts this index.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/date.h"
#include "core/model/result.h"
#include "core/rules/deadlines.h"
#include "core/store/db.h"

namespace overblik::viewmodels {

constexpr Day kNoDay = 0x7fffffff;

struct CaseEntry {
  std::string id;
  std::string child_pseudonym;
  Day child_birth = 0;
  std::string caseworker_id;  // "" = unassigned
  std::string caseworker_name;
  std::string team_id;
  std::string team_name;
  bool open = true;
  Day opened = 0;
  Day closed = kNoDay;
  // Deadline summary on the index's as-of day ("røde tal").
  int overdue = 0;
  int due_soon = 0;
  Day next_due = kNoDay;   // earliest due day among deadlines not yet done
  std::string search_key;  // lower-case pseudonym, caseworker, team and id, for the list search
};

struct Person {  // a caseworker or a team, for filter choices
  std::string id;
  std::string name;
  std::string team_id;  // caseworkers only
};

class CaseIndex {
 public:
  // Reads every live case and lists all deadlines as of `as_of` (due soon = within due_soon_days).
  static Result<CaseIndex> build(store::Database& db, Day as_of, int due_soon_days = 14);

  // Re-reads one case (new, reassigned, closed) and its deadlines, keeping the other entries.
  Status refresh_case(store::Database& db, const std::string& case_id);
  // Re-reads the caseworker and team names (after one was added or renamed).
  Status refresh_people(store::Database& db);

  const std::vector<CaseEntry>& entries() const { return entries_; }
  // The deadlines of entry i, ordered by due date.
  const std::vector<rules::DeadlineItem>& deadlines(size_t i) const { return deadlines_[i]; }
  // Position of a case, or -1.
  int find(const std::string& case_id) const;
  const std::vector<Person>& caseworkers() const { return caseworkers_; }  // by name
  const std::vector<Person>& teams() const { return teams_; }              // by name
  Day as_of() const { return as_of_; }
  int due_soon_days() const { return due_soon_days_; }
  // Changes whenever an entry changes, so cached lists know to recompute.
  uint64_t version() const { return version_; }
  // A rebuilt index about to replace `previous` in the same place (after a merge or a followed commit): takes a
  // later version, so a list cached against the old one (same address, a fresh index's low version) recomputes.
  void succeed(const CaseIndex& previous) { version_ = std::max(version_, previous.version_) + 1; }

 private:
  Status load_cases(store::Database& db, const std::string* only_case);
  void summarise(size_t i);

  std::vector<CaseEntry> entries_;
  std::vector<std::vector<rules::DeadlineItem>> deadlines_;
  std::vector<Person> caseworkers_, teams_;
  Day as_of_ = 0;
  int due_soon_days_ = 14;
  uint64_t version_ = 0;
};

// ASCII lower case, for case-insensitive search keys (pseudonyms, names and ids; æøå match as typed).
std::string lower_ascii(std::string_view s);

// Whole years between a birth date and a day.
int age_in_years(Day birth, Day on);

}  // namespace overblik::viewmodels

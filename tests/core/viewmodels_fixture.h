#pragma once
// Test helper for the view model tests: the S demo municipality as a workspace, with its case index.
#include <gtest/gtest.h>

#include <optional>

#include "core/model/date.h"
#include "core/store/commands.h"
#include "core/viewmodels/case_index.h"
#include "core/viewmodels/demo_workspace.h"

namespace overblik::viewmodels::testing {

inline const Day kAsOf = day_from_civil(2025, 3, 15);

inline store::Workspace demo_workspace(uint64_t seed = 7) {
  auto db = store::Database::open(":memory:");
  EXPECT_TRUE(db.ok());
  auto ws = create_demo_workspace(std::move(db.value()), {demo::DemoSize::S, seed, kAsOf}, "test-device");
  EXPECT_TRUE(ws.ok()) << (ws.ok() ? "" : ws.error().text());
  return std::move(ws.value());
}

inline CaseIndex index_of(store::Workspace& ws) {
  auto index = CaseIndex::build(ws.db(), kAsOf);
  EXPECT_TRUE(index.ok()) << (index.ok() ? "" : index.error().text());
  return std::move(index.value());
}

// The first open case with an overdue follow-up (first or later), if any.
inline std::optional<size_t> case_with_overdue_follow_up(const CaseIndex& index) {
  for (size_t i = 0; i < index.entries().size(); ++i) {
    if (!index.entries()[i].open) continue;
    for (const auto& d : index.deadlines(i))
      if (d.status == rules::DeadlineStatus::overdue &&
          (d.kind == rules::DeadlineKind::follow_up || d.kind == rules::DeadlineKind::first_follow_up))
        return i;
  }
  return std::nullopt;
}

inline store::RecordFollowUp follow_up(const std::string& case_id, Day done, int score, std::optional<Day> next,
                                       const std::string& note) {
  store::RecordFollowUp f;
  f.case_id = case_id;
  f.done = done;
  f.progress_score = score;
  f.next_due = next;
  f.note = note;
  return f;
}

inline void apply_ok(store::Workspace& ws, const store::Command& c) {
  auto r = store::apply(ws, c, 1'750'000'000'000);
  ASSERT_TRUE(r.ok()) << r.error().text();
}

}  // namespace overblik::viewmodels::testing

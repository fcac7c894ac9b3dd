// The team overview: caseload per caseworker moves with a reassignment, compliance adds up, the supervision
// sample is reproducible from its seed.
#include <gtest/gtest.h>

#include "core/steering/facts.h"
#include "core/viewmodels/team_overview.h"
#include "tests/core/viewmodels_fixture.h"

namespace overblik::viewmodels {
namespace {

using testing::demo_workspace;
using testing::index_of;

class TeamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto f = steering::load_facts(ws.db());
    ASSERT_TRUE(f.ok()) << f.error().text();
    facts = std::move(f.value());
  }
  const CaseworkerLoad& row(const TeamOverview& o, const std::string& id) {
    for (const auto& r : o.caseworkers)
      if (r.id == id) return r;
    ADD_FAILURE() << "no row for " << id;
    return o.caseworkers.front();
  }
  store::Workspace ws = demo_workspace();
  CaseIndex index = index_of(ws);
  steering::Facts facts;
};

TEST_F(TeamTest, CaseloadCountsOpenCasesPerFte) {
  const TeamOverview o = build_team_overview(facts, index, {});
  ASSERT_EQ(o.caseworkers.size(), 5u);
  int assigned = 0, over = 0;
  for (const auto& r : o.caseworkers) {
    int open = 0;
    for (const auto& e : index.entries()) open += e.open && e.caseworker_id == r.id;
    EXPECT_EQ(r.open_cases, open) << r.name;
    EXPECT_NEAR(r.cases_per_fte, open * 1000.0 / r.fte_milli, 1e-9);
    EXPECT_EQ(r.over_target, r.cases_per_fte > 25);
    over += r.over_target;
    assigned += open;
  }
  EXPECT_EQ(o.over_target, over);
  EXPECT_EQ(o.open_cases, assigned + static_cast<int>(o.unassigned.size()));
  for (uint32_t i : o.unassigned) {
    EXPECT_TRUE(index.entries()[i].open);
    EXPECT_TRUE(index.entries()[i].caseworker_id.empty());
  }
  TeamQuery strict;
  strict.target_per_fte = 1;
  EXPECT_EQ(build_team_overview(facts, index, strict).over_target, 5);
}

TEST_F(TeamTest, ReassignmentChangesBothCaseloads) {
  const TeamOverview before = build_team_overview(facts, index, {});
  const std::string from = before.caseworkers[0].id, to = before.caseworkers[1].id;
  std::string case_id;
  for (const auto& e : index.entries())
    if (e.open && e.caseworker_id == from) case_id = e.id;
  ASSERT_FALSE(case_id.empty());
  testing::apply_ok(ws, store::AssignCase{case_id, to});
  ASSERT_TRUE(steering::apply_change(facts, ws.db(), "child_case", case_id).ok());
  ASSERT_TRUE(index.refresh_case(ws.db(), case_id).ok());
  const TeamOverview after = build_team_overview(facts, index, {});
  EXPECT_EQ(row(after, from).open_cases, row(before, from).open_cases - 1);
  EXPECT_EQ(row(after, to).open_cases, row(before, to).open_cases + 1);
  EXPECT_LT(row(after, from).cases_per_fte, row(before, from).cases_per_fte);
  EXPECT_EQ(after.open_cases, before.open_cases);

  testing::apply_ok(ws, store::AssignCase{case_id, std::nullopt});
  ASSERT_TRUE(steering::apply_change(facts, ws.db(), "child_case", case_id).ok());
  ASSERT_TRUE(index.refresh_case(ws.db(), case_id).ok());
  const TeamOverview unassigned = build_team_overview(facts, index, {});
  EXPECT_EQ(unassigned.unassigned.size(), before.unassigned.size() + 1);
  EXPECT_EQ(row(unassigned, to).open_cases, row(before, to).open_cases);
}

TEST_F(TeamTest, ComplianceAddsUpPerRule) {
  const TeamOverview o = build_team_overview(facts, index, {});
  ASSERT_FALSE(o.compliance.empty());
  int due = 0;
  for (const auto& c : o.compliance) {
    EXPECT_GT(c.due(), 0);
    EXPECT_GE(c.share_on_time(), 0.0);
    EXPECT_LE(c.share_on_time(), 1.0);
    due += c.due();
  }
  EXPECT_EQ(o.compliance_total.due(), due);
  // Independent count of the window: deadlines due in the 12 months up to the as-of day.
  int expected = 0;
  const Day from = add_months(index.as_of(), -12);
  for (size_t i = 0; i < index.entries().size(); ++i)
    for (const auto& d : index.deadlines(i))
      expected += d.due <= index.as_of() && d.due > from && d.status != rules::DeadlineStatus::due_soon &&
                  d.status != rules::DeadlineStatus::upcoming;
  EXPECT_EQ(due, expected);
}

TEST_F(TeamTest, SupervisionSampleIsReproducibleFromItsSeed) {
  TeamQuery q;
  q.sample_per_caseworker = 3;
  q.sample_seed = 2025;
  const auto a = build_team_overview(facts, index, q).sample;
  const auto b = build_team_overview(facts, index, q).sample;
  ASSERT_EQ(a.size(), 5u);
  for (size_t g = 0; g < a.size(); ++g) {
    EXPECT_EQ(a[g].cases, b[g].cases);
    EXPECT_EQ(a[g].cases.size(), 3u);
    for (uint32_t i : a[g].cases) {
      EXPECT_TRUE(index.entries()[i].open);
      EXPECT_EQ(index.entries()[i].caseworker_id, a[g].caseworker_id);
    }
  }
  // The same seed over a freshly built index (another session) gives the same cases.
  CaseIndex again = index_of(ws);
  std::vector<Person> people;
  for (const auto& g : a) people.push_back({g.caseworker_id, g.caseworker_name, ""});
  const auto c = draw_sample(again, people, 3, 2025);
  for (size_t g = 0; g < a.size(); ++g)
    for (size_t k = 0; k < a[g].cases.size(); ++k)
      EXPECT_EQ(again.entries()[c[g].cases[k]].id, index.entries()[a[g].cases[k]].id);
  // Another seed draws another sample.
  q.sample_seed = 2026;
  const auto d = build_team_overview(facts, index, q).sample;
  bool differs = false;
  for (size_t g = 0; g < a.size(); ++g) differs |= a[g].cases != d[g].cases;
  EXPECT_TRUE(differs);
}

}  // namespace
}  // namespace overblik::viewmodels

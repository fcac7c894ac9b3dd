// Every legal rule at its boundaries: due on the last allowed day is on time, one day later is late; the law
// in force on the triggering date decides (Serviceloven until 2023-12-31, Barnets Lov from 2024-01-01).
#include "core/rules/deadlines.h"
#include "store_test_fixture.h"

using namespace overblik;
using namespace overblik::store;
using namespace overblik::rules;
using overblik::testing::D;

namespace {

struct Deadlines : overblik::testing::WorkspaceFixture {
  std::vector<DeadlineItem> list(const std::string& case_id, Day as_of, bool local = true) {
    DeadlineQuery q;
    q.case_id = case_id;
    q.as_of = as_of;
    q.include_local = local;
    auto r = list_deadlines(ws.db(), q);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().text());
    return r.ok() ? r.value() : std::vector<DeadlineItem>{};
  }
  std::vector<DeadlineItem> of(const std::vector<DeadlineItem>& items, DeadlineKind k) {
    std::vector<DeadlineItem> out;
    for (const auto& i : items)
      if (i.kind == k) out.push_back(i);
    return out;
  }
  // The single deadline of kind k for the case as of a day.
  DeadlineItem one(const std::string& c, DeadlineKind k, Day as_of) {
    auto items = of(list(c, as_of), k);
    EXPECT_EQ(items.size(), 1u) << kind_name(k);
    return items.empty() ? DeadlineItem{} : items[0];
  }
  std::string measure(const std::string& c, const std::string& type, Day start, std::optional<Day> planned = {}) {
    return ok(StartMeasure{c, type, std::nullopt, start, planned, 100000, "day", 2024});
  }
  std::string follow_up(const std::string& c, Day done, std::optional<int> cadence = {}) {
    return ok(RecordFollowUp{c, std::nullopt, done, std::nullopt, std::nullopt, "", "", cadence});
  }
};

TEST_F(Deadlines, NotificationAssessedWithin24Hours) {
  std::string c = open_case(D(2024, 3, 1));
  std::string on_time = ok(RecordNotification{c, D(2024, 3, 5), "skole", false});
  std::string late = ok(RecordNotification{c, D(2024, 3, 5), "politi", false});
  std::string open = ok(RecordNotification{c, D(2024, 3, 5), "læge", false});
  ok(AssessNotification{on_time, D(2024, 3, 6)});
  ok(AssessNotification{late, D(2024, 3, 7)});
  for (const auto& i : of(list(c, D(2024, 3, 7)), DeadlineKind::notification_assessment)) {
    EXPECT_EQ(i.due, D(2024, 3, 6));
    EXPECT_EQ(i.reference, "Barnets Lov §§ 136-137");
    const DeadlineStatus want = i.subject_id == on_time ? DeadlineStatus::done_on_time
                                : i.subject_id == late  ? DeadlineStatus::done_late
                                                        : DeadlineStatus::overdue;
    EXPECT_EQ(i.status, want) << i.subject_id;
  }
  auto before = of(list(c, D(2024, 3, 6)), DeadlineKind::notification_assessment);
  ASSERT_EQ(before.size(), 3u);
  for (const auto& i : before)
    EXPECT_EQ(i.status, i.subject_id == on_time ? DeadlineStatus::done_on_time : DeadlineStatus::due_soon);
  // Under Serviceloven: the same rule, the old reference.
  std::string old = ok(RecordNotification{c, D(2023, 12, 31), "skole", false});
  auto all = of(list(c, D(2024, 3, 7)), DeadlineKind::notification_assessment);
  ASSERT_EQ(all.size(), 4u);
  for (const auto& i : all)
    if (i.subject_id == old) {
      EXPECT_EQ(i.due, D(2024, 1, 1));
      EXPECT_EQ(i.rule_set, "Serviceloven");
      EXPECT_EQ(i.reference, "Serviceloven § 155, stk. 2");
    }
}

TEST_F(Deadlines, ReceiptToAProfessionalWithinSixWorkingDays) {
  std::string c = open_case(D(2024, 3, 1));
  std::string n = ok(RecordNotification{c, D(2024, 3, 8), "skole", true});  // a Friday
  ok(RecordNotification{c, D(2024, 3, 8), "nabo", false});                  // no receipt due
  auto r = one(c, DeadlineKind::notification_receipt, D(2024, 3, 18));
  EXPECT_EQ(r.due, D(2024, 3, 18));  // Mon 11 .. Fri 15, Mon 18
  EXPECT_EQ(r.status, DeadlineStatus::due_soon);
  EXPECT_EQ(one(c, DeadlineKind::notification_receipt, D(2024, 3, 19)).status, DeadlineStatus::overdue);
  ok(SendNotificationReceipt{n, D(2024, 3, 19)});
  EXPECT_EQ(one(c, DeadlineKind::notification_receipt, D(2024, 3, 19)).status, DeadlineStatus::done_late);
  ok(SendNotificationReceipt{n, D(2024, 3, 18)});
  EXPECT_EQ(one(c, DeadlineKind::notification_receipt, D(2024, 3, 19)).status, DeadlineStatus::done_on_time);
}

TEST_F(Deadlines, InvestigationWithinFourMonthsAcrossTheChangeOfLaw) {
  std::string c = open_case(D(2023, 10, 1));
  std::string old = ok(StartInvestigation{c, D(2023, 10, 31)});
  std::string inv = ok(StartInvestigation{c, D(2024, 1, 31)});
  ok(CompleteInvestigation{old, D(2024, 2, 29)});
  ok(CompleteInvestigation{inv, D(2024, 6, 1)});
  auto investigations = of(list(c, D(2024, 7, 1)), DeadlineKind::investigation);
  ASSERT_EQ(investigations.size(), 2u);
  for (const auto& i : investigations) {
    if (i.subject_id == old) {
      EXPECT_EQ(i.due, D(2024, 2, 29));  // leap day, month end clamped
      EXPECT_EQ(i.status, DeadlineStatus::done_on_time);
      EXPECT_EQ(i.reference, "Serviceloven § 50, stk. 7");
    } else {
      EXPECT_EQ(i.due, D(2024, 5, 31));
      EXPECT_EQ(i.status, DeadlineStatus::done_late);
      EXPECT_EQ(i.reference, "Barnets Lov § 20, stk. 3");
    }
  }
}

TEST_F(Deadlines, ChildPlanWithinThreeMonthsOfTheDecision) {
  std::string c = open_case(D(2024, 1, 1));
  std::string plan = ok(CreateChildPlan{c, D(2024, 2, 15), false});
  auto p = one(c, DeadlineKind::child_plan, D(2024, 4, 1));
  EXPECT_EQ(p.due, D(2024, 5, 15));
  EXPECT_EQ(p.status, DeadlineStatus::upcoming);
  EXPECT_EQ(one(c, DeadlineKind::child_plan, D(2024, 5, 1)).status, DeadlineStatus::due_soon);
  EXPECT_EQ(one(c, DeadlineKind::child_plan, D(2024, 4, 30)).status, DeadlineStatus::upcoming);  // 15 days left
  ok(SignChildPlan{plan, D(2024, 5, 15)});
  EXPECT_EQ(one(c, DeadlineKind::child_plan, D(2024, 6, 1)).status, DeadlineStatus::done_on_time);
  EXPECT_EQ(one(c, DeadlineKind::child_plan, D(2024, 6, 1)).reference, "Barnets Lov §§ 91-92");
}

TEST_F(Deadlines, FirstFollowUpLeapYearUnderServicelovenThenBarnetsLov) {
  std::string c = open_case(D(2023, 11, 1));
  measure(c, preventive, D(2023, 11, 30));
  auto first = one(c, DeadlineKind::first_follow_up, D(2024, 2, 1));
  EXPECT_EQ(first.due, D(2024, 2, 29));
  EXPECT_EQ(first.rule_set, "Serviceloven");
  EXPECT_EQ(first.reference, "Serviceloven § 70, stk. 2");
  EXPECT_EQ(one(c, DeadlineKind::first_follow_up, D(2024, 3, 1)).status, DeadlineStatus::overdue);
  follow_up(c, D(2024, 2, 29));
  EXPECT_EQ(one(c, DeadlineKind::first_follow_up, D(2024, 3, 1)).status, DeadlineStatus::done_on_time);
  // The next one is triggered by the follow-up on 2024-02-29: Barnets Lov, default 6 months.
  auto next = one(c, DeadlineKind::follow_up, D(2024, 3, 1));
  EXPECT_EQ(next.triggered, D(2024, 2, 29));
  EXPECT_EQ(next.due, D(2024, 8, 29));
  EXPECT_EQ(next.rule_set, "Barnets Lov");
  EXPECT_EQ(next.status, DeadlineStatus::upcoming);
}

TEST_F(Deadlines, TheLawInForceOnTheMeasuresStartDecides) {
  std::string a = open_case(D(2023, 12, 1), "B-A");
  std::string b = open_case(D(2023, 12, 1), "B-B");
  measure(a, preventive, D(2023, 12, 31));
  measure(b, preventive, D(2024, 1, 1));
  auto fa = one(a, DeadlineKind::first_follow_up, D(2024, 2, 1));
  auto fb = one(b, DeadlineKind::first_follow_up, D(2024, 2, 1));
  EXPECT_EQ(fa.rule_set, "Serviceloven");
  EXPECT_EQ(fa.due, D(2024, 3, 31));
  EXPECT_EQ(fb.rule_set, "Barnets Lov");
  EXPECT_EQ(fb.due, D(2024, 4, 1));
  EXPECT_EQ(fb.reference, "Barnets Lov § 95");
}

TEST_F(Deadlines, FollowUpOnTheLastDayIsOnTimeOneDayLaterIsLate) {
  std::string a = open_case(D(2024, 1, 1), "B-A");
  std::string b = open_case(D(2024, 1, 1), "B-B");
  measure(a, preventive, D(2024, 1, 31));
  measure(b, preventive, D(2024, 1, 31));
  follow_up(a, D(2024, 4, 30));  // 3 months after 31-01 is 30-04
  follow_up(b, D(2024, 5, 1));
  EXPECT_EQ(one(a, DeadlineKind::first_follow_up, D(2024, 6, 1)).status, DeadlineStatus::done_on_time);
  EXPECT_EQ(one(b, DeadlineKind::first_follow_up, D(2024, 6, 1)).status, DeadlineStatus::done_late);
  EXPECT_EQ(one(b, DeadlineKind::first_follow_up, D(2024, 6, 1)).due, D(2024, 4, 30));
}

TEST_F(Deadlines, BarnetsLovCadenceDecidedAtTheFirstFollowUp) {
  std::string c = open_case(D(2024, 1, 1));
  measure(c, preventive, D(2024, 1, 15));
  follow_up(c, D(2024, 4, 10), 3);
  auto next = one(c, DeadlineKind::follow_up, D(2024, 5, 1));
  EXPECT_EQ(next.due, D(2024, 7, 10));
  EXPECT_EQ(next.reference, "Barnets Lov § 95");
  follow_up(c, D(2024, 7, 11));
  auto items = of(list(c, D(2024, 8, 1)), DeadlineKind::follow_up);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].status, DeadlineStatus::done_late);
  EXPECT_EQ(items[1].triggered, D(2024, 7, 11));
  EXPECT_EQ(items[1].due, D(2024, 10, 11));
}

TEST_F(Deadlines, ServicelovenFollowUpsIgnoreACaseCadence) {
  std::string c = open_case(D(2023, 1, 1));
  measure(c, preventive, D(2023, 1, 15));
  follow_up(c, D(2023, 4, 1));
  ok(SetFollowUpCadence{c, 2});
  EXPECT_EQ(one(c, DeadlineKind::follow_up, D(2023, 5, 1)).due, D(2023, 10, 1));
}

TEST_F(Deadlines, LocalRuleForShortPlacementsIsStricterWhenInForce) {
  std::string c = open_case(D(2024, 1, 1));
  measure(c, placement, D(2024, 3, 1), D(2024, 5, 15));  // short: planned stop within 3 months
  auto strict = one(c, DeadlineKind::first_follow_up, D(2024, 3, 10));
  EXPECT_EQ(strict.due, D(2024, 3, 29));  // 4 weeks
  EXPECT_EQ(strict.rule_set, "Aalborg: korttidsanbringelser følges op efter 4 uger");
  auto law_only = of(list(c, D(2024, 3, 10), false), DeadlineKind::first_follow_up);
  ASSERT_EQ(law_only.size(), 1u);
  EXPECT_EQ(law_only[0].due, D(2024, 6, 1));

  std::string longer = open_case(D(2024, 1, 1), "B-L");
  measure(longer, placement, D(2024, 3, 1), D(2024, 12, 31));
  EXPECT_EQ(one(longer, DeadlineKind::first_follow_up, D(2024, 3, 10)).due, D(2024, 6, 1));
  std::string old = open_case(D(2023, 1, 1), "B-O");  // the local set is in force from 2024 only
  measure(old, placement, D(2023, 3, 1), D(2023, 4, 1));
  EXPECT_EQ(one(old, DeadlineKind::first_follow_up, D(2023, 3, 10)).due, D(2023, 6, 1));
}

TEST_F(Deadlines, SupervisionVisitsTwiceAYearForPlacedChildren) {
  std::string c = open_case(D(2024, 1, 1));
  measure(c, placement, D(2024, 2, 1));
  std::string p = open_case(D(2024, 1, 1), "B-P");
  measure(p, preventive, D(2024, 2, 1));
  EXPECT_TRUE(of(list(p, D(2024, 9, 1)), DeadlineKind::supervision_visit).empty());
  EXPECT_EQ(one(c, DeadlineKind::supervision_visit, D(2024, 8, 2)).status, DeadlineStatus::overdue);
  ok(RecordSupervisionVisit{c, D(2024, 7, 1), true, ""});
  auto visits = of(list(c, D(2024, 8, 2)), DeadlineKind::supervision_visit);
  ASSERT_EQ(visits.size(), 2u);
  EXPECT_EQ(visits[0].status, DeadlineStatus::done_on_time);
  EXPECT_EQ(visits[1].due, D(2025, 1, 1));
}

TEST_F(Deadlines, EndedMeasuresClosedCasesAndDeletedRows) {
  std::string c = open_case(D(2024, 1, 1));
  std::string m = measure(c, preventive, D(2024, 1, 10));
  ok(StopMeasure{m, D(2024, 3, 1)});  // ended before the first follow-up was due: none required
  EXPECT_TRUE(of(list(c, D(2024, 6, 1)), DeadlineKind::first_follow_up).empty());
  std::string c2 = open_case(D(2024, 1, 1), "B-2");
  measure(c2, preventive, D(2024, 1, 10));
  std::string fu = follow_up(c2, D(2024, 3, 1));
  EXPECT_EQ(one(c2, DeadlineKind::first_follow_up, D(2024, 6, 1)).status, DeadlineStatus::done_on_time);
  ok(DeleteRow{"follow_up", fu});  // a tombstoned follow-up no longer counts
  EXPECT_EQ(one(c2, DeadlineKind::first_follow_up, D(2024, 6, 1)).status, DeadlineStatus::overdue);
}

TEST_F(Deadlines, FilterByCaseworker) {
  std::string other = ok(CreateCaseworker{"Rådgiver B", team, 800});
  std::string mine = open_case(D(2024, 1, 1), "B-M");
  std::string theirs = ok(OpenCase{std::nullopt, NewChild{"B-T", D(2016, 1, 1), "Syd"}, team, other, D(2024, 1, 1)});
  ok(StartInvestigation{mine, D(2024, 1, 2)});
  ok(StartInvestigation{theirs, D(2024, 1, 3)});
  DeadlineQuery q;
  q.as_of = D(2024, 2, 1);
  q.caseworker_id = other;
  auto items = list_deadlines(ws.db(), q).value();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].case_id, theirs);
  EXPECT_EQ(items[0].child_pseudonym, "B-T");
  EXPECT_EQ(items[0].caseworker_name, "Rådgiver B");
  q.caseworker_id.reset();
  EXPECT_EQ(list_deadlines(ws.db(), q).value().size(), 2u);
}

}  // namespace

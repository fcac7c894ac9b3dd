// Every command: applied once successfully, and each validation rejecting with a located error that changes
// nothing (every row of every table, the change log and the clock stamp are as before).
#include "store_test_fixture.h"

using namespace overblik;
using namespace overblik::store;
using overblik::testing::D;

namespace {

struct Commands : overblik::testing::WorkspaceFixture {
  // Rejected at `where`, with nothing changed.
  void refused(const Command& c, const std::string& where) {
    const std::string before = dump();
    rejected(c, where);
    EXPECT_EQ(dump(), before) << "a rejected " << command_name(c) << " changed the workspace";
  }
};

TEST_F(Commands, Organisation) {
  refused(CreateTeam{"  "}, "CreateTeam.name");
  refused(CreateTeam{std::string(kMaxTextLength + 1, 'x')}, "CreateTeam.name");
  refused(CreateCaseworker{"B", std::string("no-team"), 1000}, "CreateCaseworker.team_id");
  refused(CreateCaseworker{"B", team, 1001}, "CreateCaseworker.fte_milli");
  refused(CreateCaseworker{"B", team, -1}, "CreateCaseworker.fte_milli");
  refused(CreateProvider{"P", "abroad"}, "CreateProvider.kind");
  std::string half = ok(CreateCaseworker{"B", std::nullopt, 500});
  EXPECT_EQ(count("SELECT fte_milli FROM caseworker WHERE id='" + half + "' AND team_id IS NULL"), 500);
}

TEST_F(Commands, OpenAssignAndCloseCase) {
  refused(OpenCase{std::nullopt, std::nullopt, team, worker, D(2024, 1, 1)}, "OpenCase.child_id");
  refused(OpenCase{std::nullopt, NewChild{"B-1", D(2015, 1, 1), "Syd"}, "nope", worker, D(2024, 1, 1)},
          "OpenCase.team_id");
  refused(OpenCase{std::nullopt, NewChild{"B-1", D(2015, 1, 1), "Syd"}, team, std::string("nope"), D(2024, 1, 1)},
          "OpenCase.caseworker_id");
  refused(OpenCase{std::nullopt, NewChild{"B-1", D(2025, 1, 1), "Syd"}, team, worker, D(2024, 1, 1)},
          "OpenCase.opened");  // opened before the child was born
  refused(OpenCase{std::nullopt, NewChild{"", D(2015, 1, 1), "Syd"}, team, worker, D(2024, 1, 1)},
          "OpenCase.new_child.pseudonym");
  refused(OpenCase{std::nullopt, NewChild{"B-1", D(2015, 1, 1), "Syd"}, team, worker, D(1800, 1, 1)},
          "OpenCase.opened");
  refused(OpenCase{std::nullopt, NewChild{"B-1", D(2015, 1, 1), "Syd"}, team, worker, D(2024, 1, 1), 1000, 6},
          "OpenCase.concern_level");
  std::string c = open_case(D(2024, 1, 10));
  EXPECT_EQ(count("SELECT COUNT(*) FROM child"), 1);
  // A second case for the same child.
  auto st = ws.db().prepare("SELECT child_id FROM child_case WHERE id=?").value();
  st.bind(1, c);
  ASSERT_TRUE(st.step());
  std::string child = st.text(0);
  std::string c2 = ok(OpenCase{child, std::nullopt, team, std::nullopt, D(2024, 2, 1)});
  EXPECT_EQ(count("SELECT COUNT(*) FROM child"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM child_case WHERE caseworker_id IS NULL"), 1);

  refused(AssignCase{c2, std::string("nope")}, "AssignCase.caseworker_id");
  refused(AssignCase{"nope", worker}, "AssignCase.case_id");
  ok(AssignCase{c2, worker});
  EXPECT_EQ(count("SELECT COUNT(*) FROM child_case WHERE caseworker_id IS NULL"), 0);
  ok(AssignCase{c2, std::nullopt});  // unassign
  EXPECT_EQ(count("SELECT COUNT(*) FROM child_case WHERE caseworker_id IS NULL"), 1);

  refused(CloseCase{c, D(2024, 1, 9)}, "CloseCase.closed");   // before it was opened
  ok(CloseCase{c, D(2024, 1, 10)});                           // the same day is allowed
  refused(CloseCase{c, D(2024, 3, 1)}, "CloseCase.case_id");  // already closed
  refused(AssignCase{c, worker}, "AssignCase.case_id");       // closed cases are not reassigned
}

TEST_F(Commands, NotificationsInvestigationsAndPlans) {
  std::string c = open_case(D(2024, 1, 10));
  refused(RecordNotification{c, D(2024, 1, 5), "", true}, "RecordNotification.source");
  refused(RecordNotification{"nope", D(2024, 1, 5), "skole", true}, "RecordNotification.case_id");
  std::string n = ok(RecordNotification{c, D(2024, 1, 5), "skole", false});
  refused(AssessNotification{n, D(2024, 1, 4)}, "AssessNotification.assessed");
  ok(AssessNotification{n, D(2024, 1, 6)});
  refused(SendNotificationReceipt{n, D(2024, 1, 8)}, "SendNotificationReceipt.notification_id");  // not professional
  std::string pro = ok(RecordNotification{c, D(2024, 1, 5), "skole", true});
  refused(SendNotificationReceipt{pro, D(2024, 1, 1)}, "SendNotificationReceipt.sent");
  ok(SendNotificationReceipt{pro, D(2024, 1, 8)});

  refused(StartInvestigation{c, D(2024, 1, 9)}, "StartInvestigation.started");  // before the case opened
  std::string inv = ok(StartInvestigation{c, D(2024, 1, 10)});
  refused(CompleteInvestigation{inv, D(2024, 1, 9)}, "CompleteInvestigation.completed");
  refused(CompleteInvestigation{"nope", D(2024, 2, 9)}, "CompleteInvestigation.investigation_id");
  ok(CompleteInvestigation{inv, D(2024, 3, 1)});

  std::string plan = ok(CreateChildPlan{c, D(2024, 2, 1), true});
  refused(SignChildPlan{plan, D(2024, 1, 31)}, "SignChildPlan.signed_on");
  ok(SignChildPlan{plan, D(2024, 2, 20)});
  refused(AddPlanGoal{plan, "", std::nullopt, false}, "AddPlanGoal.text");
  refused(AddPlanGoal{plan, "Går i skole hver dag", D(2024, 1, 1), true}, "AddPlanGoal.target_date");
  refused(AddPlanGoal{plan, std::string(kMaxTextLength + 1, 'g'), std::nullopt, false}, "AddPlanGoal.text");
  ok(AddPlanGoal{plan, "Går i skole hver dag", D(2024, 8, 1), true});
  EXPECT_EQ(count("SELECT COUNT(*) FROM plan_goal WHERE school_goal=1"), 1);
}

TEST_F(Commands, MeasuresAndFollowUps) {
  std::string c = open_case(D(2024, 1, 10));
  StartMeasure good{c, placement, provider, D(2024, 2, 1), D(2024, 12, 31), 120000, "day", 2024};
  auto bad = good;
  bad.price_ore = -1;
  refused(bad, "StartMeasure.price_ore");
  bad = good;
  bad.planned_stop = D(2024, 1, 31);
  refused(bad, "StartMeasure.planned_stop");
  bad = good;
  bad.price_unit = "week";
  refused(bad, "StartMeasure.price_unit");
  bad = good;
  bad.type_id = "mt-unknown";
  refused(bad, "StartMeasure.type_id");
  bad = good;
  bad.start = D(2024, 1, 1);
  refused(bad, "StartMeasure.start");
  std::string m = ok(good);
  refused(StopMeasure{m, D(2024, 1, 31)}, "StopMeasure.end");
  refused(ChangeMeasurePrice{m, -5, "day", 2024}, "ChangeMeasurePrice.price_ore");
  refused(ChangeMeasurePrice{m, 5, "day", 1800}, "ChangeMeasurePrice.price_level_year");
  auto r = apply(ws, ChangeMeasurePrice{m, 125000, "day", 2025}, now += 1000);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().changed_fields, 2);  // the unit did not change
  ok(StopMeasure{m, D(2024, 6, 30)});

  RecordFollowUp fu{c, m, D(2024, 4, 1), 7, D(2024, 7, 1), "note", "fortsætter", std::nullopt};
  auto badfu = fu;
  badfu.progress_score = 11;
  refused(badfu, "RecordFollowUp.progress_score");
  badfu.progress_score = 0;
  refused(badfu, "RecordFollowUp.progress_score");
  badfu = fu;
  badfu.next_due = D(2024, 3, 1);
  refused(badfu, "RecordFollowUp.next_due");
  badfu = fu;
  badfu.cadence_months = 13;
  refused(badfu, "RecordFollowUp.cadence_months");
  std::string other = open_case(D(2024, 1, 10), "B-0002");
  badfu = fu;
  badfu.case_id = other;
  refused(badfu, "RecordFollowUp.measure_id");  // the measure belongs to another case
  ok(fu);
  refused(SetFollowUpCadence{c, 0}, "SetFollowUpCadence.months");
  ok(SetFollowUpCadence{c, 3});
  EXPECT_EQ(count("SELECT follow_up_cadence_months FROM child_case WHERE id='" + c + "'"), 3);

  refused(RecordSupervisionVisit{c, D(2023, 1, 1), true, ""}, "RecordSupervisionVisit.visited");
  ok(RecordSupervisionVisit{c, D(2024, 5, 1), true, "samtale med barnet"});
}

TEST_F(Commands, CadenceIsDecidedAtTheFirstFollowUpUnderBarnetsLovOnly) {
  std::string old_case = open_case(D(2023, 6, 1), "B-0003");
  refused(RecordFollowUp{old_case, std::nullopt, D(2023, 9, 1), std::nullopt, std::nullopt, "", "", 3},
          "RecordFollowUp.cadence_months");  // Serviceloven: fixed 6 months
  std::string c = open_case(D(2024, 1, 10));
  ok(RecordFollowUp{c, std::nullopt, D(2024, 3, 1), std::nullopt, std::nullopt, "", "", 3});
  EXPECT_EQ(count("SELECT follow_up_cadence_months FROM child_case WHERE id='" + c + "'"), 3);
  refused(RecordFollowUp{c, std::nullopt, D(2024, 6, 1), std::nullopt, std::nullopt, "", "", 4},
          "RecordFollowUp.cadence_months");  // not the first any more
}

TEST_F(Commands, BudgetActualsAndScenarios) {
  refused(SetBudgetLine{2024, "placements", 100, ""}, "SetBudgetLine.group");
  refused(SetBudgetLine{2024, "placement", -1, ""}, "SetBudgetLine.corrected_budget_ore");
  refused(SetDeviationCause{2024, "placement", "flere anbringelser"}, "SetDeviationCause.year");
  std::string line = ok(SetBudgetLine{2024, "placement", 80'000'000'00, ""});
  EXPECT_EQ(ok(SetBudgetLine{2024, "placement", 82'000'000'00, ""}), line);  // the same line, updated
  ok(SetDeviationCause{2024, "placement", "flere anbringelser"});
  EXPECT_EQ(count("SELECT COUNT(*) FROM budget_line"), 1);

  refused(RecordActual{D(2024, 3, 2), "placement", 100}, "RecordActual.month");
  std::string a = ok(RecordActual{D(2024, 3, 1), "placement", 6'500'000'00});
  EXPECT_EQ(ok(RecordActual{D(2024, 3, 1), "placement", -100}), a);  // a refund correction
  EXPECT_EQ(count("SELECT amount_ore FROM actual"), -100);

  refused(SaveScenario{std::nullopt, "S1", "[1,2]", ""}, "SaveScenario.spec_json");
  refused(SaveScenario{std::nullopt, "S1", "{oops", ""}, "SaveScenario.spec_json");
  refused(SaveScenario{std::nullopt, "", "{}", ""}, "SaveScenario.name");
  std::string s = ok(SaveScenario{std::nullopt, "S1", "{\"levers\":[]}", ""});
  EXPECT_EQ(ok(SaveScenario{s, "S1 (revideret)", "{\"levers\":[]}", "note"}), s);
  ok(DeleteScenario{s});
  EXPECT_EQ(count("SELECT deleted FROM scenario"), 1);
  refused(DeleteScenario{s}, "DeleteScenario.scenario_id");              // already deleted
  refused(SaveScenario{s, "S1", "{}", ""}, "SaveScenario.scenario_id");  // editing a deleted row
}

TEST_F(Commands, DeleteRowTombstonesAndRefusesReferencedRows) {
  std::string c = open_case(D(2024, 1, 10));
  std::string inv = ok(StartInvestigation{c, D(2024, 1, 10)});
  refused(DeleteRow{"child_case", c}, "DeleteRow.id");  // the investigation still refers to it
  refused(DeleteRow{"sqlite_master", "x"}, "DeleteRow.table");
  refused(DeleteRow{"change_log", "1"}, "DeleteRow.table");
  ok(DeleteRow{"investigation", inv});
  EXPECT_EQ(count("SELECT COUNT(*) FROM investigation WHERE deleted=1"), 1);  // still there: a tombstone
  refused(CompleteInvestigation{inv, D(2024, 2, 1)}, "CompleteInvestigation.investigation_id");
  refused(DeleteRow{"investigation", inv}, "DeleteRow.id");
  ok(DeleteRow{"child_case", c});
  refused(StartInvestigation{c, D(2024, 2, 1)}, "StartInvestigation.case_id");
}

}  // namespace

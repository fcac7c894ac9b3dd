#pragma once
// A small synthetic workspace for the store and rules tests: one team, one caseworker, a preventive and a
// placement measure type and a provider. Nothing personal: pseudonyms only.
#include <gtest/gtest.h>

#include <string>

#include "core/model/date.h"
#include "core/store/commands.h"

namespace overblik::testing {

inline Day D(int y, int m, int d) {
  return day_from_civil(y, m, d);
}

struct WorkspaceFixture : ::testing::Test {
  store::Workspace ws = store::Workspace::create(":memory:", "dev1", 1'700'000'000'000).value();
  int64_t now = 1'700'000'000'000;
  std::string team, worker, provider;
  const std::string preventive = "mt-family-treatment", placement = "mt-foster-family";

  void SetUp() override {
    team = ok(store::CreateTeam{"Team Nord"});
    worker = ok(store::CreateCaseworker{"Rådgiver A", team, 1000});
    provider = ok(store::CreateProvider{"Familiehuset", "internal"});
    ASSERT_TRUE(
        ws.db()
            .exec("INSERT INTO measure_type(id,hlc,device,name_da,name_en,measure_group,ladder_step,legal_basis,"
                  "default_price_ore,default_price_unit) VALUES"
                  "('mt-family-treatment','0','t','Familiebehandling','Family treatment','preventive',3,"
                  "'Barnets Lov § 32',150000,'day'),"
                  "('mt-foster-family','0','t','Plejefamilie','Foster family','placement',5,'Barnets Lov § 46',"
                  "120000,'day')")
            .ok());
  }

  // Applies a command that must succeed; returns the row id.
  std::string ok(const store::Command& c) {
    auto r = store::apply(ws, c, now += 1000);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().text());
    return r.ok() ? r.value().id : std::string();
  }

  // Applies a command that must be rejected at `where`; returns the message.
  std::string rejected(const store::Command& c, const std::string& where) {
    auto r = store::apply(ws, c, now += 1000);
    EXPECT_FALSE(r.ok()) << "expected rejection at " << where;
    if (r.ok()) return "";
    EXPECT_EQ(r.error().where, where) << r.error().text();
    return r.error().message;
  }

  std::string open_case(Day opened, std::string pseudonym = "B-0001") {
    return ok(store::OpenCase{std::nullopt, store::NewChild{pseudonym, D(2015, 3, 1), "Nord"}, team, worker, opened});
  }

  int64_t count(const std::string& sql) { return ws.db().query_int(sql).value(); }

  // Every row of every table, as text: equal before and after a rejected command means nothing changed.
  std::string dump() {
    std::string out;
    for (const char* t : {"team", "caseworker", "provider", "child", "child_case", "notification", "investigation",
                          "child_plan", "plan_goal", "measure", "follow_up", "supervision_visit", "budget_line",
                          "actual", "scenario", "rule_set", "rule", "change_log", "workspace_meta"}) {
      auto st = ws.db().prepare(std::string("SELECT * FROM ") + t);
      EXPECT_TRUE(st.ok());
      while (st.value().step()) {
        out += t;
        for (int i = 0; i < st.value().columns(); ++i) out.append("|").append(st.value().text(i));
        out += "\n";
      }
    }
    return out;
  }
};

}  // namespace overblik::testing

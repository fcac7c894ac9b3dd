// Snapshot import: every kind of bad input is refused with the JSON path of the first problem, and changes nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/model/date.h"
#include "core/store/schema.h"
#include "core/sync/snapshot.h"

using namespace overblik;
using nlohmann::json;

namespace {

const char* kStamp = "1751241600000.00000";

json row(json fields) {
  json r = {{"id", fields["id"]}, {"hlc", kStamp}, {"device", "t"}, {"deleted", 0}};
  for (auto it = fields.begin(); it != fields.end(); ++it) r[it.key()] = it.value();
  return r;
}

// Rows go through json::array(): a one-element braced list is an array under GCC but a copy under clang.
// A small valid snapshot: one team, caseworker, child, two cases, a measure type and a measure.
json valid() {
  json tables = json::object();
  tables["team"] = json::array({row({{"id", "t1"}, {"name", "Team Nordby"}})});
  tables["caseworker"] =
      json::array({row({{"id", "cw1"}, {"name", "Anne Fjordholm"}, {"team_id", "t1"}, {"fte_milli", 1000}})});
  tables["measure_type"] = json::array({row({{"id", "mt1"},
                                             {"name_da", "Plejefamilie"},
                                             {"name_en", "Foster family"},
                                             {"measure_group", "placement"},
                                             {"ladder_step", 5},
                                             {"legal_basis", "Barnets Lov § 43"},
                                             {"code", "A02"},
                                             {"default_price_ore", 40000000},
                                             {"default_price_unit", "year"}})});
  tables["child"] = json::array({row(
      {{"id", "c1"}, {"pseudonym", "Barn 0001"}, {"birth_date", 14000}, {"district", "Nordby"}, {"cpr", nullptr}})});
  json c = row({{"id", "k1"},
                {"child_id", "c1"},
                {"caseworker_id", "cw1"},
                {"team_id", "t1"},
                {"status", "open"},
                {"opened", 19000},
                {"closed", nullptr},
                {"case_weight_milli", 1000},
                {"concern_level", 2},
                {"follow_up_cadence_months", nullptr}});
  json c2 = c;
  c2["id"] = "k2";
  c2["caseworker_id"] = nullptr;
  tables["child_case"] = {c, c2};
  tables["measure"] = json::array({row({{"id", "m1"},
                                        {"case_id", "k1"},
                                        {"type_id", "mt1"},
                                        {"provider_id", nullptr},
                                        {"start", 19100},
                                        {"planned_stop", 19500},
                                        {"end", nullptr},
                                        {"price_ore", 40000000},
                                        {"price_unit", "year"},
                                        {"price_level_year", 2022}})});
  return {{"format", "overblik-snapshot"}, {"version", 1}, {"meta", {{"name", "Test"}}}, {"tables", tables}};
}

store::Database fresh() {
  auto db = store::Database::open(":memory:");
  EXPECT_TRUE(db.ok());
  EXPECT_TRUE(store::migrate(db.value()).ok());
  return std::move(db.value());
}

// Imports the text; expects a failure located at `where` whose message contains `words`, and an untouched database.
void expect_text_refused(const std::string& text, const std::string& where, const std::string& words = "") {
  auto db = fresh();
  auto s = sync::import_snapshot(db, text);
  ASSERT_FALSE(s.ok()) << "accepted: " << text.substr(0, 200);
  EXPECT_EQ(s.error().where, where) << s.error().text();
  EXPECT_NE(s.error().message.find(words), std::string::npos) << s.error().text();
  for (const char* t : {"team", "child", "child_case", "measure", "workspace_meta"})
    EXPECT_EQ(db.query_int(std::string("SELECT COUNT(*) FROM ") + t).value(), 0) << t << " changed on error";
}

void expect_refused(const json& doc, const std::string& where, const std::string& words = "") {
  expect_text_refused(doc.dump(), where, words);
}

}  // namespace

TEST(SnapshotImport, AcceptsTheValidDocument) {
  auto db = fresh();
  auto s = sync::import_snapshot(db, valid().dump());
  ASSERT_TRUE(s.ok()) << s.error().text();
  EXPECT_EQ(db.query_int("SELECT COUNT(*) FROM child_case").value(), 2);
  EXPECT_EQ(db.query_int("SELECT COUNT(*) FROM workspace_meta WHERE key='name' AND value='Test'").value(), 1);
}

TEST(SnapshotImport, RefusesMalformedJsonAndWrongEnvelope) {
  expect_text_refused("{\"format\":", "$", "not well-formed JSON");
  expect_text_refused("[1,2]", "$", "object");
  auto d = valid();
  d["format"] = "something-else";
  expect_refused(d, "$.format", "not an Overblik snapshot");
  d = valid();
  d["version"] = 2;
  expect_refused(d, "$.version", "unsupported snapshot version 2");
  d = valid();
  d.erase("version");
  expect_refused(d, "$.version", "missing");
  d = valid();
  d["extra"] = 1;
  expect_refused(d, "$.extra", "unknown key");
  d = valid();
  d["meta"]["device_id"] = "laptop-1";
  expect_refused(d, "$.meta.device_id", "device-local");
  d = valid();
  d["meta"]["name"] = 5;
  expect_refused(d, "$.meta.name", "expected a string");
}

TEST(SnapshotImport, RefusesUnknownTablesAndColumnsAndMissingColumns) {
  auto d = valid();
  d["tables"]["children"] = json::array();
  expect_refused(d, "$.tables.children", "unknown table");
  d = valid();
  d["tables"]["team"][0]["colour"] = "blue";
  expect_refused(d, "$.tables.team[0].colour", "unknown column");
  d = valid();
  d["tables"]["child"][0].erase("district");
  expect_refused(d, "$.tables.child[0].district", "missing");
  d = valid();
  d["tables"]["team"] = json::object();
  expect_refused(d, "$.tables.team", "array");
  d = valid();
  d["tables"]["team"][0] = "t1";
  expect_refused(d, "$.tables.team[0]", "object");
}

TEST(SnapshotImport, RefusesWrongTypesAndNulls) {
  auto d = valid();
  d["tables"]["child_case"][1]["opened"] = "2022-01-01";
  expect_refused(d, "$.tables.child_case[1].opened", "expected an integer");
  d = valid();
  d["tables"]["child_case"][0]["opened"] = 19000.5;
  expect_refused(d, "$.tables.child_case[0].opened", "non-integer");
  d = valid();
  d["tables"]["team"][0]["name"] = nullptr;
  expect_refused(d, "$.tables.team[0].name", "must not be null");
  d = valid();
  d["tables"]["child"][0]["pseudonym"] = 421;
  expect_refused(d, "$.tables.child[0].pseudonym", "expected a string");
  d = valid();
  d["tables"]["measure"][0]["price_ore"] = 18446744073709551615ull;
  expect_refused(d, "$.tables.measure[0].price_ore", "integer");
}

TEST(SnapshotImport, RefusesValuesOutsideTheirDomain) {
  auto d = valid();
  d["tables"]["measure"][0]["price_ore"] = -1;
  expect_refused(d, "$.tables.measure[0].price_ore", "out of range");
  d = valid();
  d["tables"]["measure_type"][0]["ladder_step"] = 7;
  expect_refused(d, "$.tables.measure_type[0].ladder_step", "out of range");
  d = valid();
  d["tables"]["child_case"][0]["status"] = "pending";
  expect_refused(d, "$.tables.child_case[0].status", "not one of open, closed");
  d = valid();
  d["tables"]["caseworker"][0]["fte_milli"] = 1001;
  expect_refused(d, "$.tables.caseworker[0].fte_milli", "out of range");
  d = valid();
  d["tables"]["team"][0]["deleted"] = 2;
  expect_refused(d, "$.tables.team[0].deleted", "not 0 or 1");
  d = valid();
  d["tables"]["team"][0]["hlc"] = "yesterday";
  expect_refused(d, "$.tables.team[0].hlc", "clock stamp");
  d = valid();
  d["tables"]["child"][0]["birth_date"] = 99999999;
  expect_refused(d, "$.tables.child[0].birth_date", "day number");
  d = valid();
  d["tables"]["measure"][0]["end"] = 19099;
  expect_refused(d, "$.tables.measure[0].end", "before start");
  d = valid();
  d["tables"]["child_case"][1]["closed"] = 18000;
  expect_refused(d, "$.tables.child_case[1].closed", "before opened");
  // Monthly actuals are keyed by the month's first day: 2025-06-01 is accepted, 2025-06-02 is not.
  d = valid();
  d["tables"]["actual"] = json::array(
      {row({{"id", "a1"}, {"month", day_from_civil(2025, 6, 1)}, {"measure_group", "placement"}, {"amount_ore", 5}})});
  auto db = fresh();
  EXPECT_TRUE(sync::import_snapshot(db, d.dump()).ok());
  d["tables"]["actual"][0]["month"] = day_from_civil(2025, 6, 2);
  expect_refused(d, "$.tables.actual[0].month", "month's first day");
}

TEST(SnapshotImport, RefusesDuplicateIdsAndDanglingReferences) {
  auto d = valid();
  d["tables"]["child_case"][1]["id"] = "k1";
  expect_refused(d, "$.tables.child_case[1].id", "duplicate id \"k1\"");
  d = valid();
  d["tables"]["child_case"][1]["child_id"] = "c-99";
  expect_refused(d, "$.tables.child_case[1].child_id", "no child with id \"c-99\"");
  d = valid();
  d["tables"]["measure"][0]["type_id"] = "mt-unknown";
  expect_refused(d, "$.tables.measure[0].type_id", "no measure_type with id");
  d = valid();
  d["tables"]["caseworker"][0]["team_id"] = "t9";
  expect_refused(d, "$.tables.caseworker[0].team_id", "no team with id \"t9\"");
}

TEST(SnapshotImport, ReportsTheFirstProblemInTableOrder) {
  auto d = valid();
  d["tables"]["measure"][0]["price_ore"] = -5;  // later table
  d["tables"]["child"][0]["district"] = 3;      // earlier table: reported first
  expect_refused(d, "$.tables.child[0].district", "expected a string");
}

TEST(SnapshotImport, RefusesOversizedInputAndNonEmptyDatabases) {
  auto db = fresh();
  sync::ImportOptions small;
  small.max_bytes = 100;
  auto s = sync::import_snapshot(db, valid().dump(), small);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("over the limit of 100 bytes"), std::string::npos) << s.error().text();

  ASSERT_TRUE(sync::import_snapshot(db, valid().dump()).ok());
  auto again = sync::import_snapshot(db, valid().dump());
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message.find("empty"), std::string::npos) << again.error().text();
}

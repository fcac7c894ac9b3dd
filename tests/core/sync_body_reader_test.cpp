// The streaming reader of pulled sync bodies: it must accept what a parsed document accepted (keys in any order,
// repeated keys whose last value counts) and refuse bad bodies with the same located errors, leaving the rows
// it was given untouched.
#include <gtest/gtest.h>

#include "core/store/schema.h"
#include "core/sync/delta.h"

using namespace overblik;
using namespace overblik::sync;

namespace {

class SyncBodyReader : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::move(store::Database::open(":memory:").value());
    ASSERT_TRUE(store::migrate(db_).ok());
    tables_ = syncable_table_infos(db_).value();
    team_ = 0;
    while (tables_[team_].name != "team") ++team_;
  }
  static std::string team(const std::string& id, const std::string& name_json) {
    return R"({"id":")" + id + R"(","hlc":"0000000000009.00000","device":"x","deleted":0,"name":)" + name_json + "}";
  }
  static std::string delta(const std::string& team_rows) {
    return R"({"format":"overblik-delta","version":1,"base":"s1","device":"x","rows":{"team":[)" + team_rows + "]}}";
  }
  // The error of reading `body` into rows that already hold one team; those must be unchanged.
  Error refused(const std::string& body) {
    RemoteRows rows(tables_.size());
    rows[team_]["team-old"] =
        Row{std::string("team-old"), std::string("h"), std::string("d"), int64_t{0}, std::string("Old")};
    const RemoteRows before = rows;
    auto r = read_body(tables_, body, rows);
    EXPECT_FALSE(r.ok()) << body;
    EXPECT_EQ(rows, before) << body;
    return r.ok() ? Error{} : r.error();
  }

  store::Database db_;
  std::vector<TableInfo> tables_;
  size_t team_ = 0;
};

TEST_F(SyncBodyReader, ReadsRowsWhateverTheKeyOrderAndLaterRowsReplaceEarlierOnes) {
  RemoteRows rows(tables_.size());
  rows[team_]["team-1"] = Row{std::string("team-1"), std::string("h"), std::string("d"), int64_t{0}, std::string("A")};
  // "format" after the rows, an unknown key with a nested value, a repeated key in a row (its last value counts),
  // and a "tables" key that a delta does not read.
  const std::string body = R"({"rows":{"team":[)" + team("team-1", R"("first","name":"B \"quoted\" \u00f8")") + "," +
                           team("team-2", R"("C")") + "," + team("team-2", R"("D")") +
                           R"(]},"extra":{"a":[1,{"b":null}]},"tables":5,"version":1.0,"format":"overblik-delta"})";
  auto kind = read_body(tables_, body, rows);
  ASSERT_TRUE(kind.ok()) << kind.error().text();
  EXPECT_EQ(kind.value(), BodyKind::delta);
  ASSERT_EQ(rows[team_].size(), 2u);
  EXPECT_EQ(std::get<std::string>(rows[team_]["team-1"][4]), "B \"quoted\" ø");
  EXPECT_EQ(std::get<int64_t>(rows[team_]["team-1"][3]), 0);
  EXPECT_EQ(std::get<std::string>(rows[team_]["team-2"][4]), "D");

  // A repeated table: its last array counts, problems of the earlier one included.
  RemoteRows repeated(tables_.size());
  auto again = read_body(
      tables_,
      R"({"format":"overblik-delta","version":1,"rows":{"team":[{"colour":1}],"team":[)" + team("t", R"("N")") + "]}}",
      repeated);
  ASSERT_TRUE(again.ok()) << again.error().text();
  EXPECT_EQ(repeated[team_].count("t"), 1u);

  RemoteRows full(tables_.size());
  auto snapshot = read_body(
      tables_,
      R"({"format":"overblik-snapshot","version":1,"meta":{},"tables":{"team":[)" + team("t", R"("N")") + "]}}", full);
  ASSERT_TRUE(snapshot.ok()) << snapshot.error().text();
  EXPECT_EQ(snapshot.value(), BodyKind::full);
  EXPECT_EQ(full[team_].count("t"), 1u);
}

TEST_F(SyncBodyReader, RefusesBadBodiesWithTheirLocationAndChangesNothing) {
  struct Case {
    std::string body, where, message;
  };
  const Case cases[] = {
      {"not json", "$", "not a JSON object"},
      {"[1]", "$", "not a JSON object"},
      {delta(team("a", R"("x")")).substr(0, 60), "$", "not a JSON object"},  // cut short
      {delta(team("a", R"("x")")) + "x", "$", "not a JSON object"},          // trailing text
      {R"({"format":"other","version":1,"rows":{}})", "$.format",
       "expected \"overblik-delta\" or \"overblik-snapshot\""},
      {R"({"format":"overblik-delta","version":2,"rows":{}})", "$.version", "unsupported version (this build reads 1)"},
      {R"({"format":"overblik-delta","version":"1","rows":{}})", "$.version",
       "unsupported version (this build reads 1)"},
      {R"({"format":"overblik-delta","version":1,"tables":{}})", "$.rows", "expected an object"},
      {R"({"format":"overblik-delta","version":1,"rows":[]})", "$.rows", "expected an object"},
      {R"({"format":"overblik-delta","version":1,"rows":{"no_table":[]}})", "$.rows.no_table", "not a syncable table"},
      {R"({"format":"overblik-delta","version":1,"rows":{"team":{}}})", "$.rows.team", "expected an array of rows"},
      {delta(team("a", R"("x")") + ",[1]"), "$.rows.team[1]", "a row must be an object, got array"},
      {delta(team("a", R"("x")") + ",7"), "$.rows.team[1]", "a row must be an object, got number"},
      {delta(team("a", R"("x")") + "," + team("b", "5")), "$.rows.team[1].name", "expected text, got number"},
      {delta(team("a", R"({"n":"x"})")), "$.rows.team[0].name", "expected text, got object"},
      {delta(team("a", "null")), "$.rows.team[0].name", "must not be null"},
      {delta(team("a", R"("x","colour":"red")")), "$.rows.team[0].colour", "no such column in team"},
      {delta(team("a", R"("x","zz":1,"colour":"red")")), "$.rows.team[0].colour", "no such column in team"},
      {delta(team("", R"("x")")), "$.rows.team[0].id", "missing"},
      {delta(R"({"id":"a","hlc":"h","device":"d","deleted":0})"), "$.rows.team[0].name", "missing"},
      {delta(R"({"id":"a","hlc":"h","device":"d","deleted":1.5,"name":"x"})"), "$.rows.team[0].deleted",
       "expected integer, got number"},
      {delta(R"({"id":"a","hlc":"h","device":"d","deleted":true,"name":"x"})"), "$.rows.team[0].deleted",
       "expected integer, got boolean"},
      {delta(R"({"id":"a","hlc":"h","device":"d","deleted":9223372036854775808,"name":"x"})"), "$.rows.team[0].deleted",
       "integer out of range"},
  };
  // Problems in two tables: the one a parsed document met first (tables in byte order) is reported.
  const Error first = refused(R"({"format":"overblik-delta","version":1,"rows":{"team":[)" + team("a", "5") +
                              R"(],"child":[{"id":"c"}]}})");
  EXPECT_EQ(first.where, "$.rows.child[0].hlc");
  for (const auto& c : cases) {
    const Error e = refused(c.body);
    EXPECT_EQ(e.where, c.where) << c.body;
    EXPECT_EQ(e.message, c.message) << c.body;
  }
}

}  // namespace

// Scenario spec: parsing with located errors, canonical JSON, storage helpers, and the documented schema.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/scenario/spec.h"
#include "core/scenario/storage.h"
#include "core/store/schema.h"

namespace overblik::scenario {
namespace {

// The example of docs/scenario-spec.md (every lever kind).
const char* kExample = R"({
  "format": "overblik-scenario/1",
  "name": "Ned ad trappen 2025-2027",
  "notes": "Workshop 12 March",
  "as_of": "2024-12-31",
  "horizon_years": 3,
  "levers": [
    {"kind": "volume", "target": {"group": "placement"}, "values": [-5, -5, 0], "rule": "cheapest_first",
     "set_by": "Økonomi", "why": "Political target", "source": "Budget agreement 2025"},
    {"kind": "mix_shift", "from": {"type": "residential_institution"}, "to": "foster_family", "values": [10, 10],
     "set_by": "Faglig leder", "why": "Institution to foster family", "source": "Seed 001"},
    {"kind": "share_floor", "within": {"group": "placement"}, "to": "network_foster", "values": [10, 10, 10],
     "rule": "random", "seed": 7},
    {"kind": "price", "target": {"ladder_step": 6}, "values": [-2.5]},
    {"kind": "price_index", "values": [2.1, 2.0, 2.0]},
    {"kind": "duration", "target": {"type": "family_treatment"}, "values": [-10]},
    {"kind": "caseworkers", "values": [42.5, 45], "cost_per_fte_kr": [620000], "baseline_fte": 40},
    {"kind": "investment", "label": "Early help team", "values": [17500000, 2000000],
     "effects": [{"kind": "volume", "target": {"group": "placement"}, "unit": "count", "values": [0, -10, -15]}]},
    {"kind": "savings_target", "values": [2100000, 4100000, 6100000], "source": "Seed 002"}
  ]
})";

TEST(ScenarioSpec, ParsesEveryLeverKindIntoIntegerUnits) {
  auto s = parse_spec(kExample);
  ASSERT_TRUE(s.ok()) << s.error().text();
  const auto& spec = s.value();
  EXPECT_EQ(spec.horizon_years, 3);
  EXPECT_EQ(*spec.as_of, day_from_civil(2024, 12, 31));
  ASSERT_EQ(spec.levers.size(), 9u);
  EXPECT_EQ(spec.levers[0].values, (std::vector<int64_t>{-500, -500, 0}));
  EXPECT_EQ(spec.levers[0].rule, SelectRule::cheapest_first);
  EXPECT_EQ(spec.levers[0].set_by, "Økonomi");
  EXPECT_EQ(spec.levers[2].within.group, steering::MeasureGroup::placement);
  EXPECT_EQ(spec.levers[2].seed, 7u);
  EXPECT_EQ(spec.levers[3].values[0], -250);
  EXPECT_EQ(spec.levers[3].target.ladder_step, 6);
  EXPECT_EQ(spec.levers[4].values[0], 210);
  EXPECT_EQ(spec.levers[6].values, (std::vector<int64_t>{42500, 45000}));
  EXPECT_EQ(spec.levers[6].cost_per_fte[0], 62000000);
  EXPECT_EQ(*spec.levers[6].baseline_fte_milli, 40000);
  EXPECT_EQ(spec.levers[7].values[0], Ore{1750000000});
  EXPECT_EQ(spec.levers[7].effects[0].unit, VolumeUnit::count);
  EXPECT_EQ(spec.levers[7].effects[0].values[2], -15);
  EXPECT_EQ(spec.levers[8].values[2], Ore{610000000});
  // Years past the list: no change; caseworkers keep their last FTE.
  EXPECT_EQ(lever_value(spec.levers[3], 2), 0);
  EXPECT_EQ(lever_value(spec.levers[6], 2), 45000);
}

TEST(ScenarioSpec, CanonicalJsonRoundTrips) {
  auto s = parse_spec(kExample);
  ASSERT_TRUE(s.ok());
  std::string canonical = write_spec(s.value());
  auto again = parse_spec(canonical);
  ASSERT_TRUE(again.ok()) << again.error().text();
  EXPECT_EQ(again.value(), s.value());
  EXPECT_EQ(write_spec(again.value()), canonical);
  EXPECT_EQ(canonical.find('\n'), std::string::npos);
  EXPECT_NE(canonical.find("\"values\":[-2.5]"), std::string::npos);
  EXPECT_NE(canonical.find("\"values\":[42.5,45]"), std::string::npos);
}

std::string error_of(const std::string& json) {
  auto s = parse_spec(json);
  return s.ok() ? "ok" : s.error().text();
}

std::string with_levers(const std::string& levers, int years = 3) {
  return R"({"format": "overblik-scenario/1", "name": "x", "horizon_years": )" + std::to_string(years) +
         R"(, "levers": [)" + levers + "]}";
}

TEST(ScenarioSpec, ErrorsAreLocatedByJsonPath) {
  const std::string ok = R"({"kind": "price_index", "values": [2]})";
  EXPECT_EQ(error_of(with_levers(ok + "," + ok + R"(, {"kind": "volume", "values": [-120]})")),
            "$.levers[2].values[0]: volume change must be between -100 and +100 %");
  EXPECT_EQ(error_of("{"), "$: not valid JSON");
  EXPECT_EQ(error_of(R"({"format": "x"})"), "$.format: must be \"overblik-scenario/1\"");
  EXPECT_EQ(error_of(with_levers("", 6)), "$.horizon_years: horizon must be between 1 and 5 years");
  EXPECT_EQ(error_of(with_levers(R"({"kind": "price", "values": [1, 2, 3, 4]})")),
            "$.levers[0].values: 4 values for a 3-year horizon");
  EXPECT_EQ(error_of(with_levers(R"({"kind": "volume", "values": [1], "colour": "red"})")),
            "$.levers[0].colour: unknown field");
  EXPECT_EQ(error_of(with_levers(R"({"kind": "speed", "values": [1]})")).substr(0, 40),
            "$.levers[0].kind: unknown lever kind 'sp");
  EXPECT_EQ(error_of(with_levers(R"({"kind": "volume", "target": {"group": "x"}, "values": [1]})")),
            "$.levers[0].target.group: unknown measure group 'x' (preventive, placement or other)");
  EXPECT_EQ(error_of(with_levers(R"({"kind": "mix_shift", "from": {}, "values": [10]})")),
            "$.levers[0].to: names the catalogue type measures move to");
  EXPECT_EQ(error_of(with_levers(R"({"kind": "volume", "values": ["5"]})")), "$.levers[0].values[0]: must be a number");
  EXPECT_EQ(error_of(with_levers(R"({"kind": "volume", "unit": "count", "values": [2.5]})")),
            "$.levers[0].values[0]: must be a whole number");
  EXPECT_EQ(error_of(with_levers(
                R"({"kind": "investment", "values": [1], "effects": [{"kind": "caseworkers", "values": [3]}]})")),
            "$.levers[0].effects[0].kind: an investment cannot have a 'caseworkers' effect (volume, mix_shift, "
            "share_floor, price or duration)");
  EXPECT_EQ(error_of(R"({"format": "overblik-scenario/1", "name": "x", "horizon_years": 2, "as_of": "2023-02-29"})")
                .substr(0, 9),
            "$.as_of: ");
}

TEST(ScenarioSpec, ValidateSpecAppliesTheSameRulesToSpecsBuiltInCode) {
  ScenarioSpec s;
  s.horizon_years = 2;
  Lever l;
  l.kind = LeverKind::share_floor;
  l.to_type = "network_foster";
  l.values = {5000, 10001};
  s.levers = {l};
  auto st = validate_spec(s);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().text(), "$.levers[0].values[1]: minimum share must be between 0 and 100 %");
  s.levers[0].values[1] = 10000;
  EXPECT_TRUE(validate_spec(s).ok());
}

TEST(ScenarioSpec, StoredScenariosLoadAndDuplicate) {
  auto db = store::Database::open(":memory:");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(store::migrate(db.value()).ok());
  auto st = db.value().prepare("INSERT INTO scenario VALUES(?, 'h', 'd', 0, ?, ?, ?)");
  ASSERT_TRUE(st.ok());
  st.value().bind(1, "s1").bind(2, "Ned ad trappen").bind(3, std::string(kExample)).bind(4, "noter");
  st.value().step();
  ASSERT_FALSE(st.value().failed());
  auto rows = load_scenarios(db.value());
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 1u);
  auto copy = duplicate_scenario(rows.value()[0], "s2");
  ASSERT_TRUE(copy.ok()) << copy.error().text();
  EXPECT_EQ(copy.value().name, "Ned ad trappen (kopi)");
  EXPECT_EQ(copy.value().notes, "noter");
  auto spec = stored_spec(copy.value());
  ASSERT_TRUE(spec.ok());
  EXPECT_EQ(spec.value().name, "Ned ad trappen (kopi)");
  EXPECT_EQ(spec.value().levers, parse_spec(kExample).value().levers);
  EXPECT_FALSE(duplicate_scenario(rows.value()[0], "s1").ok());
  StoredScenario broken{"s3", "b", "{\"format\": 1}", ""};
  EXPECT_EQ(stored_spec(broken).error().text(), "scenario s3 $.format: must be \"overblik-scenario/1\"");
}

TEST(ScenarioSpec, TheDocumentedSchemaKnowsEveryLeverKindAndRule) {
  std::ifstream in(std::string(OVERBLIK_SOURCE_DIR) + "/docs/scenario-spec.schema.json");
  ASSERT_TRUE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  auto schema = nlohmann::json::parse(ss.str(), nullptr, false);
  ASSERT_FALSE(schema.is_discarded());
  const std::string text = schema.dump();
  for (auto k :
       {LeverKind::volume, LeverKind::mix_shift, LeverKind::share_floor, LeverKind::price, LeverKind::price_index,
        LeverKind::duration, LeverKind::caseworkers, LeverKind::investment, LeverKind::savings_target})
    EXPECT_NE(text.find(std::string("\"") + lever_kind_name(k) + "\""), std::string::npos) << lever_kind_name(k);
  for (auto r : {SelectRule::cheapest_first, SelectRule::most_expensive_first, SelectRule::longest_running_first,
                 SelectRule::newest_first, SelectRule::random})
    EXPECT_NE(text.find(std::string("\"") + select_rule_name(r) + "\""), std::string::npos) << select_rule_name(r);
  EXPECT_NE(text.find(std::string(kSpecFormat)), std::string::npos);
}

}  // namespace
}  // namespace overblik::scenario

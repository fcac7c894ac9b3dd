// Snapshot export: byte-identical round trips, stable layout, and the JSON Schema kept in step with the schema.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/demo/demo.h"
#include "core/store/schema.h"
#include "core/sync/snapshot.h"
#include "core/sync/table_io.h"

using namespace overblik;

namespace {

store::Database fresh() {
  auto db = store::Database::open(":memory:");
  EXPECT_TRUE(db.ok());
  EXPECT_TRUE(store::migrate(db.value()).ok());
  return std::move(db.value());
}

}  // namespace

TEST(SnapshotRoundTrip, ExportImportExportIsByteIdentical) {
  auto db = fresh();
  ASSERT_TRUE(demo::generate_demo(db, {demo::DemoSize::S, 9, day_from_civil(2025, 3, 31)}).ok());
  // Awkward texts travel unchanged: quotes, backslashes, control characters, non-ASCII.
  ASSERT_TRUE(db.exec("UPDATE team SET name = 'Team \"Øst\" \\ a/b' || char(9) || char(1) || ' æøå €'").ok());
  ASSERT_TRUE(
      db.exec("INSERT INTO workspace_meta(key, value) VALUES('device_id', 'laptop-1'), ('hlc_last', 'x')").ok());
  auto first = sync::export_snapshot(db);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first.value().find("laptop-1"), std::string::npos) << "device-local meta keys never travel";

  auto copy = fresh();
  auto s = sync::import_snapshot(copy, first.value());
  ASSERT_TRUE(s.ok()) << s.error().text();
  auto second = sync::export_snapshot(copy);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first.value(), second.value());
  EXPECT_EQ(copy.query_int("SELECT COUNT(*) FROM measure").value(),
            db.query_int("SELECT COUNT(*) FROM measure").value());
}

TEST(SnapshotRoundTrip, LayoutIsOneRowPerLineInSchemaOrder) {
  auto db = fresh();
  ASSERT_TRUE(db.exec("INSERT INTO team(id,hlc,device,name) VALUES('t2','1751241600000.00000','d','B'),"
                      "('t1','1751241600000.00000','d','A')")
                  .ok());
  auto out = sync::export_snapshot(db);
  ASSERT_TRUE(out.ok());
  const std::string& j = out.value();
  EXPECT_EQ(j.rfind("{\"format\":\"overblik-snapshot\",\"version\":1,\n\"meta\":{},\n\"tables\":{\n\"team\":[\n", 0),
            0u)
      << j.substr(0, 120);
  EXPECT_NE(j.find("{\"id\":\"t1\",\"hlc\":\"1751241600000.00000\",\"device\":\"d\",\"deleted\":0,\"name\":\"A\"},\n"
                   "{\"id\":\"t2\""),
            std::string::npos);
  size_t last = 0;
  for (auto t : store::syncable_tables()) {
    const size_t at = j.find("\n\"" + std::string(t) + "\":[");
    ASSERT_NE(at, std::string::npos) << t;
    EXPECT_GT(at, last) << t;
    last = at;
  }
}

TEST(SnapshotRoundTrip, JsonSchemaCoversEveryTableAndColumn) {
  std::ifstream f(std::string(OVERBLIK_SOURCE_DIR) + "/docs/snapshot-v1.schema.json");
  ASSERT_TRUE(f.good());
  std::stringstream text;
  text << f.rdbuf();
  auto schema = nlohmann::json::parse(text.str(), nullptr, false);
  ASSERT_FALSE(schema.is_discarded());
  EXPECT_EQ(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
  const auto& tables = schema["properties"]["tables"]["properties"];
  auto db = fresh();
  auto infos = sync::syncable_table_infos(db);
  ASSERT_TRUE(infos.ok());
  EXPECT_EQ(tables.size(), infos.value().size());
  for (const auto& t : infos.value()) {
    ASSERT_TRUE(tables.contains(t.name)) << t.name << " missing from the JSON Schema";
    const auto& props = tables[t.name]["items"]["properties"];
    const auto& required = tables[t.name]["items"]["required"];
    EXPECT_EQ(props.size(), t.columns.size()) << t.name;
    EXPECT_EQ(required.size(), t.columns.size()) << t.name;
    for (const auto& c : t.columns) {
      ASSERT_TRUE(props.contains(c.name)) << t.name << "." << c.name << " missing from the JSON Schema";
      const auto& type = props[c.name]["type"];
      const std::string want = c.type == sync::ColumnType::integer ? "integer" : "string";
      if (c.not_null) {
        EXPECT_EQ(type, want) << t.name << "." << c.name;
      } else {
        EXPECT_EQ(type, nlohmann::json::array({want, "null"})) << t.name << "." << c.name;
      }
    }
  }
}

TEST(SnapshotTableIo, WriterChecksTypesAndUpserts) {
  auto db = fresh();
  auto team = sync::table_info(db, "team");
  ASSERT_TRUE(team.ok());
  ASSERT_EQ(team.value().columns.size(), 5u);
  sync::Row row = {std::string("t1"), std::string("1751241600000.00000"), std::string("d"), int64_t{0},
                   std::string("A")};
  ASSERT_TRUE(sync::write_row(db, team.value(), row, sync::WriteMode::insert).ok());
  EXPECT_FALSE(sync::write_row(db, team.value(), row, sync::WriteMode::insert).ok()) << "existing id";
  row[4] = std::string("B");
  ASSERT_TRUE(sync::write_row(db, team.value(), row, sync::WriteMode::upsert).ok());
  auto back = sync::read_row(db, team.value(), "t1");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(std::get<std::string>(back.value()[4]), "B");
  row[3] = std::string("no");
  auto bad = sync::write_row(db, team.value(), row, sync::WriteMode::upsert);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "team.deleted");
  EXPECT_FALSE(sync::read_row(db, team.value(), "t9").ok());
  EXPECT_FALSE(sync::table_info(db, "no_such_table").ok());
}

#include <gtest/gtest.h>

#include "core/store/schema.h"

using namespace overblik;
using namespace overblik::store;

TEST(Schema, MigratesFreshDatabaseAndIsIdempotent) {
  auto db = Database::open(":memory:");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(migrate(db.value()).ok());
  EXPECT_EQ(db.value().query_int("PRAGMA user_version").value(), schema_version());
  ASSERT_TRUE(migrate(db.value()).ok());
  for (auto t : syncable_tables()) {
    auto n = db.value().query_int("SELECT COUNT(*) FROM pragma_table_info('" + std::string(t) +
                                  "') WHERE name IN ('id','hlc','device','deleted')");
    EXPECT_EQ(n.value(), 4) << t;
  }
}

TEST(Schema, RefusesNewerDatabase) {
  auto db = Database::open(":memory:");
  ASSERT_TRUE(db.value().exec("PRAGMA user_version=999").ok());
  auto s = migrate(db.value());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("newer"), std::string::npos);
}

TEST(Schema, EnforcesForeignKeysAndStrictTypes) {
  auto db = Database::open(":memory:");
  ASSERT_TRUE(migrate(db.value()).ok());
  EXPECT_FALSE(db.value()
                   .exec("INSERT INTO caseworker(id,hlc,device,name,team_id,fte_milli) "
                         "VALUES('cw1','0','d','A','no-such-team',1000)")
                   .ok());
  EXPECT_FALSE(db.value().exec("INSERT INTO team(id,hlc,device,name,deleted) VALUES('t','0','d','T','x')").ok());
}

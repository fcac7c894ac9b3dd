// Rows to and from JSON: the C++ rendering must give SQLite's json_object text (the merge skips unchanged
// rows by comparing the two), and bad values are refused with their location.
#include <gtest/gtest.h>

#include "core/store/schema.h"
#include "core/sync/row_json.h"

using namespace overblik;
using namespace overblik::sync;

TEST(SyncRowJson, RenderingMatchesSqliteJsonObject) {
  auto db = std::move(store::Database::open(":memory:").value());
  ASSERT_TRUE(store::migrate(db).ok());
  TableInfo t = table_info(db, "child").value();  // id, hlc, device, deleted, pseudonym, birth_date, district, cpr
  for (const std::string& text :
       {std::string("plain"), std::string("Ærø \"quoted\" \\ back/slash"), std::string("tab\tnew\nline\x01\x1f"),
        std::string("emoji 😀 ø"), std::string("bell\b feed\f return\r 'apostrophe' del\x7f")}) {
    Row row = {std::string("c1"),
               std::string("0000000000001.00000"),
               std::string("d"),
               int64_t{0},
               text,
               int64_t{-3650},
               std::string("Nord"),
               Value{}};
    auto st = db.prepare("SELECT " + json_object_sql(t, "", 1));
    ASSERT_TRUE(st.ok());
    for (size_t i = 0; i < row.size(); ++i) {
      const int p = static_cast<int>(i) + 1;
      if (auto* n = std::get_if<int64_t>(&row[i]))
        st.value().bind(p, *n);
      else if (auto* s = std::get_if<std::string>(&row[i]))
        st.value().bind(p, *s);
      else
        st.value().bind_null(p);
    }
    ASSERT_TRUE(st.value().step());
    const std::string sqlite_text = st.value().text(0);
    EXPECT_EQ(row_json_text(t, row), sqlite_text);
    auto back = row_from_json(t, nlohmann::json::parse(sqlite_text), "$");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), row);
  }
}

TEST(SyncRowJson, RefusesWrongTypesUnknownColumnsAndMissingRequiredOnes) {
  auto db = std::move(store::Database::open(":memory:").value());
  ASSERT_TRUE(store::migrate(db).ok());
  TableInfo t = table_info(db, "team").value();
  auto ok = row_from_json(t, {{"id", "t"}, {"hlc", "h"}, {"device", "d"}, {"deleted", 0}, {"name", "N"}}, "$.r");
  EXPECT_TRUE(ok.ok());
  auto wrong = row_from_json(t, {{"id", "t"}, {"hlc", "h"}, {"device", "d"}, {"deleted", "0"}, {"name", "N"}}, "$.r");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().where, "$.r.deleted");
  auto unknown = row_from_json(
      t, {{"id", "t"}, {"hlc", "h"}, {"device", "d"}, {"deleted", 0}, {"name", "N"}, {"colour", "red"}}, "$.r");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().where, "$.r.colour");
  auto missing = row_from_json(t, {{"id", "t"}, {"hlc", "h"}, {"device", "d"}, {"deleted", 0}}, "$.r");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().where, "$.r.name");
  EXPECT_FALSE(row_from_json(t, nlohmann::json::array(), "$.r").ok());
}

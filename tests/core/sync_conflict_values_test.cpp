// A conflict's value as the conflicts view shows it and as a person types it back (Danish formats).
#include <gtest/gtest.h>

#include "core/model/date.h"
#include "core/store/schema.h"
#include "core/sync/conflict_values.h"

using namespace overblik;
using namespace overblik::sync;

TEST(ConflictValues, KindsFollowTheSchemaNamingRules) {
  EXPECT_EQ(field_kind("end", ColumnType::integer), FieldKind::date);
  EXPECT_EQ(field_kind("birth_date", ColumnType::integer), FieldKind::date);
  EXPECT_EQ(field_kind("price_ore", ColumnType::integer), FieldKind::money);
  EXPECT_EQ(field_kind("fte_milli", ColumnType::integer), FieldKind::milli);
  EXPECT_EQ(field_kind("concern_level", ColumnType::integer), FieldKind::integer);
  EXPECT_EQ(field_kind("note", ColumnType::text), FieldKind::text);
}

// Day-number columns of the live schema (read by table_info, so a renamed column fails here) are dates: a
// missed one would show a person a bare day number.
TEST(ConflictValues, DayNumberColumnsOfTheSchemaAreDates) {
  auto db = std::move(store::Database::open(":memory:").value());
  ASSERT_TRUE(store::migrate(db).ok());
  for (const auto& [table, column] : std::vector<std::pair<std::string, std::string>>{{"child_case", "opened"},
                                                                                      {"child_case", "closed"},
                                                                                      {"investigation", "completed"},
                                                                                      {"measure", "planned_stop"},
                                                                                      {"follow_up", "next_due"},
                                                                                      {"actual", "month"},
                                                                                      {"rule_set", "effective_to"}}) {
    auto info = table_info(db, table).value();
    const int col = info.column_index(column);
    ASSERT_GE(col, 0) << table << "." << column;
    EXPECT_EQ(field_kind(column, info.columns[col].type), FieldKind::date) << table << "." << column;
  }
}

TEST(ConflictValues, ShownInDanishFormats) {
  const Day day = day_from_civil(2025, 3, 31);
  EXPECT_EQ(value_text(FieldKind::date, std::to_string(day)), "31-03-2025");
  EXPECT_EQ(value_text(FieldKind::money, "123456750"), "1.234.567,50");
  EXPECT_EQ(value_text(FieldKind::money, "-5"), "-0,05");
  EXPECT_EQ(value_text(FieldKind::milli, "500"), "0,5");
  EXPECT_EQ(value_text(FieldKind::milli, "1000"), "1");
  EXPECT_EQ(value_text(FieldKind::milli, "1250"), "1,25");
  EXPECT_EQ(value_text(FieldKind::integer, "42"), "42");
  EXPECT_EQ(value_text(FieldKind::text, "\"Plejefamilie \\\"Øst\\\"\""), "Plejefamilie \"Øst\"");
  EXPECT_EQ(value_text(FieldKind::date, "null"), "");
  EXPECT_EQ(value_text(FieldKind::date, "\"x\""), "x");  // a stored value that does not fit is shown as it is
}

TEST(ConflictValues, TypedTextBecomesTheScalarThatIsStored) {
  const Day day = day_from_civil(2024, 2, 29);
  EXPECT_EQ(value_json_from_text(FieldKind::date, true, " 29-02-2024 ", "measure.end").value(), std::to_string(day));
  EXPECT_EQ(value_json_from_text(FieldKind::date, true, "", "measure.end").value(), "null");
  EXPECT_EQ(value_json_from_text(FieldKind::money, false, "1.234,5", "measure.price_ore").value(), "123450");
  EXPECT_EQ(value_json_from_text(FieldKind::money, false, "-100", "actual.amount_ore").value(), "-10000");
  EXPECT_EQ(value_json_from_text(FieldKind::milli, false, "0,75", "caseworker.fte_milli").value(), "750");
  EXPECT_EQ(value_json_from_text(FieldKind::milli, false, "1", "caseworker.fte_milli").value(), "1000");
  EXPECT_EQ(value_json_from_text(FieldKind::integer, true, "7", "x.y").value(), "7");
  EXPECT_EQ(value_json_from_text(FieldKind::text, false, "Ny note \"citat\"", "follow_up.note").value(),
            "\"Ny note \\\"citat\\\"\"");
  EXPECT_EQ(value_json_from_text(FieldKind::text, false, "", "follow_up.note").value(), "\"\"");
}

TEST(ConflictValues, RoundTripsWhatItShows) {
  for (const auto& [kind, json] : std::vector<std::pair<FieldKind, std::string>>{{FieldKind::date, "20000"},
                                                                                 {FieldKind::money, "99"},
                                                                                 {FieldKind::money, "100000000"},
                                                                                 {FieldKind::milli, "1"},
                                                                                 {FieldKind::milli, "999"},
                                                                                 {FieldKind::integer, "-3"},
                                                                                 {FieldKind::text, "\"æøå\""}})
    EXPECT_EQ(value_json_from_text(kind, false, value_text(kind, json), "t.f").value(), json);
}

TEST(ConflictValues, BadTextIsALocatedError) {
  const auto error = [](FieldKind kind, bool nullable, const char* text) {
    auto r = value_json_from_text(kind, nullable, text, "measure.end");
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? Error{} : r.error();
  };
  EXPECT_EQ(error(FieldKind::date, true, "31-02-2025").where, "measure.end");
  EXPECT_NE(error(FieldKind::date, true, "2025-03-01").message, "");
  EXPECT_EQ(error(FieldKind::date, false, "").message, "must not be empty");
  EXPECT_EQ(error(FieldKind::money, false, "12,345").where, "measure.end");
  EXPECT_NE(error(FieldKind::money, false, "abc").message, "");
  EXPECT_NE(error(FieldKind::milli, false, "0,0001").message, "");
  EXPECT_NE(error(FieldKind::milli, false, "-1").message, "");
  EXPECT_NE(error(FieldKind::integer, false, "4 2").message, "");
  EXPECT_NE(error(FieldKind::integer, false, "99999999999999999999").message, "");
}

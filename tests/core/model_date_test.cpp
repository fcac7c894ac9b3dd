#include <gtest/gtest.h>

#include "core/model/date.h"

using namespace overblik;

TEST(Date, RoundTripsEveryDayOver400Years) {
  for (Day d = day_from_civil(1900, 1, 1); d < day_from_civil(2300, 1, 1); ++d) {
    CivilDate c = civil_from_day(d);
    ASSERT_EQ(day_from_civil(c.year, c.month, c.day), d);
  }
  EXPECT_EQ(day_from_civil(1970, 1, 1), 0);
}

TEST(Date, ParsesIsoStrictly) {
  EXPECT_EQ(parse_iso_date("2024-02-29").value(), day_from_civil(2024, 2, 29));
  EXPECT_FALSE(parse_iso_date("2023-02-29").ok());
  EXPECT_FALSE(parse_iso_date("2024-02-31").ok());
  EXPECT_FALSE(parse_iso_date("2024-13-01").ok());
  EXPECT_FALSE(parse_iso_date("2024-1-01").ok());
  EXPECT_FALSE(parse_iso_date("").ok());
  EXPECT_NE(parse_iso_date("2024-02-31").error().message.find("no such day"), std::string::npos);
}

TEST(Date, DanishFormatAndParse) {
  Day d = day_from_civil(2024, 1, 5);
  EXPECT_EQ(format_danish_date(d), "05-01-2024");
  EXPECT_EQ(parse_danish_date("05-01-2024").value(), d);
  EXPECT_EQ(parse_danish_date("5.1.2024").value(), d);
  EXPECT_FALSE(parse_danish_date("31-02-2024").ok());
}

TEST(Date, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ(add_months(day_from_civil(2024, 1, 31), 1), day_from_civil(2024, 2, 29));
  EXPECT_EQ(add_months(day_from_civil(2023, 1, 31), 1), day_from_civil(2023, 2, 28));
  EXPECT_EQ(add_months(day_from_civil(2023, 11, 30), 3), day_from_civil(2024, 2, 29));
  EXPECT_EQ(add_months(day_from_civil(2024, 3, 15), -3), day_from_civil(2023, 12, 15));
}

TEST(Date, WorkingDaysSkipWeekends) {
  Day fri = day_from_civil(2024, 3, 1);  // a Friday
  EXPECT_EQ(weekday(fri), 4);
  EXPECT_EQ(add_working_days(fri, 1), day_from_civil(2024, 3, 4));
  EXPECT_EQ(add_working_days(fri, 6), day_from_civil(2024, 3, 11));
}

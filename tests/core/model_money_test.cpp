#include <gtest/gtest.h>

#include "core/model/money.h"

using namespace overblik;

TEST(Money, RoundsHalfAwayFromZeroAtKroner) {
  EXPECT_EQ(round_to_kroner(150), 2);
  EXPECT_EQ(round_to_kroner(149), 1);
  EXPECT_EQ(round_to_kroner(-150), -2);
  EXPECT_EQ(round_to_kroner(-149), -1);
  EXPECT_EQ(mul_div_round(7, 1, 2), 4);
  EXPECT_EQ(mul_div_round(-7, 1, 2), -4);
}

TEST(Money, FormatsDanish) {
  EXPECT_EQ(format_kroner(123456700), "1.234.567 kr.");
  EXPECT_EQ(format_kroner(-1250050), "-12.501 kr.");
  EXPECT_EQ(format_kroner(0), "0 kr.");
  EXPECT_EQ(format_decimal(12.5, 1), "12,5");
  EXPECT_EQ(format_decimal(1234.25, 1), "1.234,3");
  EXPECT_EQ(format_percent(12.5), "12,5 %");
  EXPECT_EQ(format_millions(1937500000), "19,4 mio. kr.");
}

TEST(Money, ParsesDanishAmountsAndRejectsBadOnes) {
  EXPECT_EQ(parse_kroner("1.234,50").value(), 123450);
  EXPECT_EQ(parse_kroner("775000").value(), 77500000);
  EXPECT_EQ(parse_kroner("12,5").value(), 1250);
  EXPECT_FALSE(parse_kroner("-5").ok());
  EXPECT_FALSE(parse_kroner("12,345").ok());
  EXPECT_FALSE(parse_kroner("abc").ok());
  EXPECT_FALSE(parse_kroner("").ok());
}

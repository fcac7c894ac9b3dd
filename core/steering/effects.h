#pragma once
// Quantity and price effects (mængde- og priseffekt) between two periods, exact in øre.
//
// With quantity Q (full-year persons for placements, children otherwise), spend S and price P = S / Q:
//   quantity effect = (Q1 - Q0) x P0 = S0 x (Q1 - Q0) / Q0, rounded once to whole øre (half away from zero);
//   price effect    = (S1 - S0) - quantity effect   (the remainder: Q1 x (P1 - P0) up to that one rounding).
// So quantity effect + price effect == S1 - S0 exactly, in every row. Q is kept as an exact fraction
// (days / days in the period), so periods of different length (2016 has 366 days) compare correctly.
// Without a base quantity (Q0 = 0) there is no base price: the whole change is a quantity effect.
#include <vector>

#include "core/steering/figures.h"

namespace overblik::steering {

struct EffectRow {
  uint32_t key = kNone;
  std::string_view label;
  bool per_full_year_person = false;  // which quantity was used
  double quantity0 = 0, quantity1 = 0;
  Ore spend0 = 0, spend1 = 0;
  Ore price0 = 0, price1 = 0;  // average prices (display)
  Ore quantity_effect = 0;
  Ore price_effect = 0;
  Ore change() const { return spend1 - spend0; }
};

struct Effects {
  Period before, after;
  EffectRow total;  // computed on the totals (not the sum of the rows: the rows' sum also holds the mix effect)
  std::vector<EffectRow> rows;  // union of the keys of both periods, in key order
};

// One row from two figure rows of the same key (period lengths for the full-year-person quantity).
EffectRow quantity_price_effect(const FigureRow& r0, int period_days0, const FigureRow& r1, int period_days1);

// Effects per row of two figures of the same breakdown and scope.
Effects quantity_price_effects(const Figures& before, const Figures& after);

}  // namespace overblik::steering

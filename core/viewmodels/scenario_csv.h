// CSV for Danish Excel: semicolon separator, decimal comma, UTF-8 with a byte order mark, CRLF line ends.
// Cells holding ';', '"' or a line break are quoted (quotes doubled). Used by the workshop's and the
// finance view's "export as CSV" (the browser downloads the text as is).
#pragma once

#include <string>
#include <vector>

#include "core/model/money.h"
#include "core/viewmodels/scenario_workshop.h"

namespace overblik::viewmodels {

using CsvTable = std::vector<std::vector<std::string>>;

std::string csv_text(const CsvTable& rows);
// Kroner with a decimal comma and no thousands separator (Excel reads it as a number): "-1234,56".
std::string csv_kroner(Ore amount);
// A ratio with a decimal comma and one decimal: "12,5".
std::string csv_decimal(double value, int decimals = 1);

// The workshop's year table: year; baseline; scenario; difference; difference %; target path (kr.).
CsvTable workshop_table(const WorkshopFigures& f, bool danish);

}  // namespace overblik::viewmodels

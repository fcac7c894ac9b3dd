#include "core/viewmodels/scenario_csv.h"

#include <cmath>
#include <cstdio>

namespace overblik::viewmodels {

namespace {

std::string cell(const std::string& text) {
  if (text.find_first_of(";\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string csv_text(const CsvTable& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ';';
      out += cell(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string csv_kroner(Ore amount) {
  const bool negative = amount < 0;
  // Magnitude in øre without overflow at INT64_MIN.
  const uint64_t ore = negative ? uint64_t{0} - static_cast<uint64_t>(amount) : static_cast<uint64_t>(amount);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%llu,%02llu", negative ? "-" : "", static_cast<unsigned long long>(ore / 100),
                static_cast<unsigned long long>(ore % 100));
  return buf;
}

std::string csv_decimal(double value, int decimals) {
  if (!std::isfinite(value)) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  if (s.find_first_not_of("-0,") == std::string::npos && s[0] == '-') s.erase(0, 1);  // no "-0,0"
  return s;
}

CsvTable workshop_table(const WorkshopFigures& f, bool danish) {
  CsvTable t;
  if (danish)
    t.push_back({"År", "Basis (kr.)", "Scenarie (kr.)", "Forskel (kr.)", "Forskel (%)", "Målsti (kr.)"});
  else
    t.push_back(
        {"Year", "Baseline (DKK)", "Scenario (DKK)", "Difference (DKK)", "Difference (%)", "Target path (DKK)"});
  for (size_t i = 0; i < f.years.size(); ++i)
    t.push_back({std::to_string(f.years[i]), csv_kroner(f.baseline[i]), csv_kroner(f.scenario[i]),
                 csv_kroner(f.scenario[i] - f.baseline[i]), csv_decimal(f.diff_pct[i]), csv_kroner(f.target_path[i])});
  return t;
}

}  // namespace overblik::viewmodels

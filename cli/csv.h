#pragma once
// CSV for Danish Excel: semicolon-separated, UTF-8 with a byte order mark, dates dd-mm-åååå.
#include <string>
#include <string_view>
#include <vector>

namespace overblik::cli {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A field quoted when it holds a separator, a quote or a line break (quotes doubled).
inline std::string csv_field(std::string_view s) {
  if (s.find_first_of(";\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

inline std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) out.append(i ? ";" : "").append(csv_field(fields[i]));
  return out + "\r\n";
}

}  // namespace overblik::cli

#include "app/charts/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/automation/automation.h"
#include "app/theme/theme.h"
#include "core/model/money.h"

namespace overblik::app::charts {

namespace {

constexpr float kPad = 8.0f;

Ore to_ore(double v) {
  return static_cast<Ore>(std::llround(v));
}

// A "nice" step (1, 2, 2.5, 5 x 10^n) for about `ticks` gridlines over `span`.
double nice_step(double span, int ticks) {
  if (span <= 0) return 1;
  const double raw = span / ticks, mag = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

void note_hash(const char* id, uint64_t hash, ImVec2 min, ImVec2 max) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  automation::note_text(std::string(buf) + "##chart-" + id, min, max);
}

void dashed_line(ImDrawList& d, ImVec2 a, ImVec2 b, ImU32 colour, float width) {
  const float len = std::hypot(b.x - a.x, b.y - a.y);
  if (len <= 0) return;
  const ImVec2 dir((b.x - a.x) / len, (b.y - a.y) / len);
  for (float t = 0; t < len; t += 12.0f) {
    const float e = std::min(t + 7.0f, len);
    d.AddLine(ImVec2(a.x + dir.x * t, a.y + dir.y * t), ImVec2(a.x + dir.x * e, a.y + dir.y * e), colour, width);
  }
}

}  // namespace

std::string format_value(double v, Format f) {
  switch (f) {
    case Format::kroner_millions:
      return format_millions(to_ore(v), 1);
    case Format::kroner:
      return format_kroner(to_ore(v));
    case Format::percent:
      return format_percent(v, 1);
    case Format::number:
      return format_thousands(std::llround(v));
    case Format::decimal:
      return format_decimal(v, 1);
  }
  return "";
}

uint64_t data_hash(const Chart& chart) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  };
  for (const auto& s : chart.series) {
    mix(s.name.data(), s.name.size());
    for (double v : s.values) mix(&v, sizeof v);
  }
  return h;
}

void legend(const Chart& chart) {
  ImDrawList& d = *ImGui::GetWindowDrawList();
  const float h = ImGui::GetTextLineHeight();
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const auto& s = chart.series[i];
    if (i > 0) ImGui::SameLine(0, 18);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (s.style == Style::target_line)
      dashed_line(d, ImVec2(p.x, p.y + h * 0.5f), ImVec2(p.x + 18, p.y + h * 0.5f), s.colour, 2.5f);
    else
      d.AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + 18, p.y + h * 0.8f), s.colour, 2.0f);
    ImGui::Dummy(ImVec2(22, h));
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted(s.name.c_str());
  }
}

void draw(const Chart& chart) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size(width, chart.height);
  ImGui::InvisibleButton((std::string("##plot-") + chart.id).c_str(), size);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList& d = *ImGui::GetWindowDrawList();
  const size_t n = chart.x_labels.size();
  note_hash(chart.id, data_hash(chart), origin, ImVec2(origin.x + size.x, origin.y + size.y));
  if (n == 0) return;

  // Value range: stacked bars add up per x; everything else by value.
  double lo = chart.zero_based ? 0 : 1e300, hi = chart.zero_based ? 0 : -1e300;
  std::vector<double> stack(n, 0.0);
  for (const auto& s : chart.series)
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      const double v = s.style == Style::stacked_bars ? (stack[i] += s.values[i]) : s.values[i];
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  if (hi <= lo) hi = lo + 1;
  const double step = nice_step(hi - lo, 4);
  lo = std::floor(lo / step) * step;
  hi = std::ceil(hi / step) * step;

  // The value axis is as wide as its longest label in the current font (presentation mode is larger).
  float axis_w = 0;
  for (double v = lo; v <= hi + step * 0.5; v += step)
    axis_w = std::max(axis_w, ImGui::CalcTextSize(format_value(v, chart.format).c_str()).x);
  const ImVec2 p0(origin.x + axis_w + 8 + kPad, origin.y + kPad);
  const ImVec2 p1(origin.x + size.x - kPad, origin.y + size.y - ImGui::GetTextLineHeight() - 8);
  auto y_of = [&](double v) { return static_cast<float>(p1.y - (v - lo) / (hi - lo) * (p1.y - p0.y)); };
  const float slot = (p1.x - p0.x) / static_cast<float>(n);
  auto x_of = [&](size_t i) { return p0.x + slot * (static_cast<float>(i) + 0.5f); };

  // Gridlines and the value axis.
  for (double v = lo; v <= hi + step * 0.5; v += step) {
    const float y = y_of(v);
    d.AddLine(ImVec2(p0.x, y), ImVec2(p1.x, y), std::abs(v) < step * 1e-6 ? theme::kMuted : theme::kBorder, 1.0f);
    const std::string text = format_value(v, chart.format);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    d.AddText(ImVec2(p0.x - ts.x - 8, y - ts.y * 0.5f), theme::kMuted, text.c_str());
  }
  // Category labels (thinned when crowded).
  const size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(60.0f / slot)));
  for (size_t i = 0; i < n; i += every) {
    const ImVec2 ts = ImGui::CalcTextSize(chart.x_labels[i].c_str());
    d.AddText(ImVec2(x_of(i) - ts.x * 0.5f, p1.y + 4), theme::kMuted, chart.x_labels[i].c_str());
  }

  // Bars: plain bars side by side, stacked bars on top of each other.
  size_t bar_series = 0;
  for (const auto& s : chart.series) bar_series += s.style == Style::bars;
  const float bar_w = slot * 0.7f / static_cast<float>(std::max<size_t>(1, bar_series));
  size_t bar_index = 0;
  std::fill(stack.begin(), stack.end(), 0.0);
  for (const auto& s : chart.series) {
    if (s.style == Style::bars) {
      for (size_t i = 0; i < n && i < s.values.size(); ++i) {
        const float x = x_of(i) - slot * 0.35f + bar_w * static_cast<float>(bar_index);
        d.AddRectFilled(ImVec2(x + 1, std::min(y_of(0), y_of(s.values[i]))),
                        ImVec2(x + bar_w - 1, std::max(y_of(0), y_of(s.values[i]))), s.colour, 2.0f);
      }
      ++bar_index;
    } else if (s.style == Style::stacked_bars) {
      for (size_t i = 0; i < n && i < s.values.size(); ++i) {
        const float x = x_of(i) - slot * 0.35f;
        d.AddRectFilled(ImVec2(x, y_of(stack[i] + s.values[i])), ImVec2(x + slot * 0.7f, y_of(stack[i])), s.colour);
        stack[i] += s.values[i];
      }
    }
  }
  // Lines over the bars.
  for (const auto& s : chart.series) {
    if (s.style != Style::line && s.style != Style::target_line) continue;
    for (size_t i = 0; i + 1 < n && i + 1 < s.values.size(); ++i) {
      const ImVec2 a(x_of(i), y_of(s.values[i])), b(x_of(i + 1), y_of(s.values[i + 1]));
      if (s.style == Style::target_line)
        dashed_line(d, a, b, s.colour, chart.line_width);
      else
        d.AddLine(a, b, s.colour, chart.line_width);
    }
    if (s.style == Style::line)
      for (size_t i = 0; i < n && i < s.values.size(); ++i)
        d.AddCircleFilled(ImVec2(x_of(i), y_of(s.values[i])), chart.line_width + 1.5f, s.colour);
  }

  // Tooltip: every series' value at the hovered x.
  if (hovered) {
    const float mx = ImGui::GetIO().MousePos.x;
    const auto i = static_cast<size_t>(std::clamp((mx - p0.x) / slot, 0.0f, static_cast<float>(n - 1)));
    d.AddLine(ImVec2(x_of(i), p0.y), ImVec2(x_of(i), p1.y), theme::kMuted, 1.0f);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(chart.x_labels[i].c_str());
    for (const auto& s : chart.series)
      if (i < s.values.size()) ImGui::Text("%s: %s", s.name.c_str(), format_value(s.values[i], chart.format).c_str());
    ImGui::EndTooltip();
  }
}

void draw_tornado(const char* id, const std::vector<TornadoBar>& bars, float bar_height) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  // Columns sized by the current font: labels (clipped at a third of the width), values either side.
  bar_height = std::max(bar_height, ImGui::GetTextLineHeight() + 8);
  float label_w = 0, value_w = 0;
  for (const auto& b : bars) {
    label_w = std::max(label_w, ImGui::CalcTextSize(b.label.c_str()).x + 12);
    for (double v : {b.low_diff, b.high_diff})
      value_w = std::max(value_w, ImGui::CalcTextSize(format_value(v, Format::kroner_millions).c_str()).x + 12);
  }
  label_w = std::min(label_w, width * 0.34f);
  const float height = bar_height * 1.4f * static_cast<float>(bars.size()) + 8;
  ImGui::InvisibleButton((std::string("##plot-") + id).c_str(), ImVec2(width, std::max(height, 1.0f)));
  ImDrawList& d = *ImGui::GetWindowDrawList();
  uint64_t h = 1469598103934665603ull;
  double swing = 1;
  for (const auto& b : bars) {
    swing = std::max({swing, std::abs(b.low_diff), std::abs(b.high_diff)});
    for (double v : {b.low_diff, b.high_diff}) h = (h ^ static_cast<uint64_t>(std::llround(v))) * 1099511628211ull;
  }
  note_hash(id, h, origin, ImVec2(origin.x + width, origin.y + height));
  const float x0 = origin.x + label_w + value_w, x1 = origin.x + width - value_w;
  const float mid = (x0 + x1) * 0.5f, half = (x1 - x0) * 0.5f;
  d.AddLine(ImVec2(mid, origin.y), ImVec2(mid, origin.y + height), theme::kInk, 1.5f);
  for (size_t i = 0; i < bars.size(); ++i) {
    const auto& b = bars[i];
    const float y = origin.y + 4 + bar_height * 1.4f * static_cast<float>(i);
    const ImVec4 clip(origin.x, y, origin.x + label_w - 12, y + bar_height);
    d.AddText(ImGui::GetFont(), ImGui::GetFontSize(),
              ImVec2(origin.x, y + (bar_height - ImGui::GetTextLineHeight()) * 0.5f), theme::kInk, b.label.c_str(),
              nullptr, 0.0f, &clip);
    for (int side = 0; side < 2; ++side) {
      const double v = side == 0 ? b.low_diff : b.high_diff;
      const float x = mid + static_cast<float>(v / swing) * half;
      const ImU32 colour = v <= 0 ? theme::kGood : theme::kWarn;
      d.AddRectFilled(ImVec2(std::min(mid, x), y), ImVec2(std::max(mid, x), y + bar_height), colour, 2.0f);
      const std::string text = format_value(v, Format::kroner_millions);
      const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
      const float tx = v < 0 ? std::min(mid, x) - ts.x - 6 : std::max(mid, x) + 6;
      d.AddText(ImVec2(tx, y + (bar_height - ts.y) * 0.5f), theme::kMuted, text.c_str());
    }
  }
}

}  // namespace overblik::app::charts

// Small charts on ImDrawList (no plotting library): lines, bars, stacked bars, a dashed target line and a
// tornado, with a value axis in Danish number formats and a hover tooltip. Each chart notes a hash of the
// data it drew for the automation bridge ("<hash>##chart-<id>"), so browser tests can see it change.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"

namespace overblik::app::charts {

enum class Format { kroner_millions, kroner, percent, number, decimal };  // values: øre for kroner formats
enum class Style { line, bars, stacked_bars, target_line };

struct Series {
  std::string name;
  std::vector<double> values;  // one per x label
  ImU32 colour;
  Style style = Style::line;
};

struct Chart {
  const char* id = "chart";  // stable automation id suffix
  std::vector<std::string> x_labels;
  std::vector<Series> series;
  Format format = Format::kroner_millions;
  float height = 260.0f;
  float line_width = 2.5f;  // thicker in presentation mode
  bool zero_based = true;
};

std::string format_value(double value, Format f);
// FNV-1a over the series' names and values (what the chart draws).
uint64_t data_hash(const Chart& chart);

void draw(const Chart& chart);

// One-way sensitivity: per lever the horizon total at its low and high setting against the scenario.
struct TornadoBar {
  std::string label;
  double low_diff = 0, high_diff = 0;  // øre against the scenario's total
};
void draw_tornado(const char* id, const std::vector<TornadoBar>& bars, float bar_height = 26.0f);

// A legend row for the series (colour swatch and name).
void legend(const Chart& chart);

}  // namespace overblik::app::charts

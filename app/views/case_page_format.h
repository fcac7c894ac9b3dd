// Display helpers shared by the caseworker's and team leader's views: Danish dates and prices, deadline
// kinds and statuses in the interface language, status colours, and the red count badge ("røde tal").
#pragma once

#include <optional>
#include <string>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/rules/deadlines.h"
#include "imgui.h"

namespace overblik::app::views {

inline constexpr ImU32 kDanger = IM_COL32(220, 38, 38, 255);        // red 600
inline constexpr ImU32 kDangerSoft = IM_COL32(254, 226, 226, 255);  // red 100
inline constexpr ImU32 kWarnSoft = IM_COL32(254, 243, 199, 255);    // amber 100
inline constexpr ImU32 kGoodSoft = IM_COL32(220, 252, 231, 255);    // green 100

// The look of every list table on the case page and the team view: striped rows, inner lines, columns by weight.
inline constexpr ImGuiTableFlags kListTable = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                              ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;

std::string date_text(Day d);                        // "dd-mm-åååå"
std::string date_text(const std::optional<Day>& d);  // "–" when none
// "1.234 kr./døgn" (rounded to whole kroner).
std::string price_text(Ore price, const std::string& unit);
std::string decimal_text(double value, int decimals);  // "23,4"

const char* kind_text(rules::DeadlineKind kind);
const char* status_text(rules::DeadlineStatus status);
ImU32 status_colour(rules::DeadlineStatus status);

// A rounded pill with a number or short text; visible to the automation bridge as text.
void badge(const std::string& text, ImU32 background, ImU32 foreground);
// A heading of a section on a page.
void section_heading(const char* text);

}  // namespace overblik::app::views

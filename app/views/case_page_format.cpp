#include "app/views/case_page_format.h"

#include "app/automation/automation.h"
#include "app/i18n/casework_text.h"
#include "app/theme/theme.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = casework_text;
using i18n::tr;
using rules::DeadlineKind;
using rules::DeadlineStatus;

std::string date_text(Day d) {
  return format_danish_date(d);
}

std::string date_text(const std::optional<Day>& d) {
  return d ? format_danish_date(*d) : std::string("–");
}

std::string price_text(Ore price, const std::string& unit) {
  const i18n::Phrase& per = unit == "month" ? t::kPerMonth : unit == "year" ? t::kPerYear : t::kPerDay;
  return format_thousands(round_to_kroner(price)) + " " + tr(per);
}

std::string decimal_text(double value, int decimals) {
  return format_decimal(value, decimals);
}

const char* kind_text(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::notification_assessment:
      return tr(t::kKindAssessment);
    case DeadlineKind::notification_receipt:
      return tr(t::kKindReceipt);
    case DeadlineKind::investigation:
      return tr(t::kKindInvestigation);
    case DeadlineKind::child_plan:
      return tr(t::kKindPlan);
    case DeadlineKind::first_follow_up:
      return tr(t::kKindFirstFollowUp);
    case DeadlineKind::follow_up:
      return tr(t::kKindFollowUp);
    case DeadlineKind::supervision_visit:
      return tr(t::kKindVisit);
  }
  return "";
}

const char* status_text(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::done_on_time:
      return tr(t::kStatusOnTime);
    case DeadlineStatus::done_late:
      return tr(t::kStatusLate);
    case DeadlineStatus::overdue:
      return tr(t::kStatusOverdue);
    case DeadlineStatus::due_soon:
      return tr(t::kStatusDueSoon);
    case DeadlineStatus::upcoming:
      return tr(t::kStatusUpcoming);
  }
  return "";
}

ImU32 status_colour(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::overdue:
      return kDanger;
    case DeadlineStatus::due_soon:
    case DeadlineStatus::done_late:
      return theme::kWarn;
    case DeadlineStatus::done_on_time:
      return theme::kGood;
    case DeadlineStatus::upcoming:
      break;
  }
  return theme::kMuted;
}

void badge(const std::string& text, ImU32 background, ImU32 foreground) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 pad(8, 2);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 max(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2);
  ImGui::GetWindowDrawList()->AddRectFilled(pos, max, background, (max.y - pos.y) * 0.5f);
  ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), foreground, text.c_str());
  ImGui::Dummy(ImVec2(max.x - pos.x, max.y - pos.y));
  automation::note_text(text, pos, max);
}

void section_heading(const char* text) {
  ImGui::Dummy(ImVec2(0, 6));
  widgets::text_in(theme::fonts().bold, text);
  const ImVec2 min = ImGui::GetItemRectMin();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, ImGui::GetItemRectMax().y + 4),
                                      ImVec2(min.x + width, ImGui::GetItemRectMax().y + 4), theme::kBorder);
  ImGui::Dummy(ImVec2(0, 2));
}

}  // namespace overblik::app::views

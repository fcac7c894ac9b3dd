#include "app/views/my_cases.h"

#include "app/app.h"
#include "app/automation/automation.h"
#include "app/i18n/casework_text.h"
#include "app/theme/theme.h"
#include "app/views/case_page_format.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = casework_text;
using i18n::tr;
using viewmodels::CaseSort;
using viewmodels::CaseStatusFilter;

namespace {

// A combo over (id, name) choices with a first "any" entry; items get ids "<id>-<n>".
void filter_combo(const char* label, const char* id, std::string& value, const char* any,
                  const std::vector<viewmodels::Person>& people, const char* extra_id = nullptr,
                  const char* extra_name = nullptr) {
  std::string preview = any;
  if (extra_id && value == extra_id) preview = extra_name;
  for (const auto& p : people)
    if (p.id == value) preview = p.name;
  ImGui::AlignTextToFramePadding();
  widgets::text_colored(theme::kMuted, label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(200);
  if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::Selectable((std::string(any) + id + "-any").c_str(), value.empty())) value.clear();
    if (extra_id && ImGui::Selectable((std::string(extra_name) + id + "-extra").c_str(), value == extra_id))
      value = extra_id;
    for (size_t i = 0; i < people.size(); ++i)
      if (ImGui::Selectable((people[i].name + id + "-" + std::to_string(i)).c_str(), value == people[i].id))
        value = people[i].id;
    ImGui::EndCombo();
  }
  automation::note_label(preview + id);
  automation::note_value(preview);
}

void status_filter(CaseStatusFilter& status) {
  ImGui::AlignTextToFramePadding();
  widgets::text_colored(theme::kMuted, tr(t::kStatus));
  ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2, 0));
  const std::pair<CaseStatusFilter, const i18n::Phrase*> options[] = {{CaseStatusFilter::open, &t::kOpenCases},
                                                                      {CaseStatusFilter::closed, &t::kClosedCases},
                                                                      {CaseStatusFilter::all, &t::kAllCases}};
  const char* ids[] = {"##status-open", "##status-closed", "##status-all"};
  for (size_t i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine();
    if (widgets::segment((std::string(tr(*options[i].second)) + ids[i]).c_str(), status == options[i].first))
      status = options[i].first;
  }
  ImGui::PopStyleVar();
}

void apply_sort(ImGuiTableSortSpecs* specs, viewmodels::CaseListQuery& q) {
  if (!specs || !specs->SpecsDirty) return;
  if (specs->SpecsCount > 0) {
    static constexpr CaseSort kByColumn[] = {CaseSort::child,    CaseSort::child,   CaseSort::caseworker,
                                             CaseSort::team,     CaseSort::urgency, CaseSort::urgency,
                                             CaseSort::next_due, CaseSort::opened};
    const auto& s = specs->Specs[0];
    q.sort = kByColumn[std::min<int>(s.ColumnIndex, 7)];
    q.descending = s.SortDirection == ImGuiSortDirection_Descending;
    if (q.sort == CaseSort::urgency) q.descending = !q.descending;  // "descending" urgency = most urgent first
  }
  specs->SpecsDirty = false;
}

// A count in a table cell: a coloured pill when above zero, a muted 0 otherwise, centred in the row.
void count_cell(int n, ImU32 background, ImU32 foreground) {
  if (n > 0) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y - 2);
    badge(std::to_string(n), background, foreground);
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("0");
  }
}

void row(App& app, const viewmodels::CaseEntry& e) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  const std::string label = e.child_pseudonym + "##row-" + e.id;
  if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                        ImVec2(0, ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.y * 2)))
    open_case(app, e.id);
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d %s", viewmodels::age_in_years(e.child_birth, app.session.today()), tr(t::kYears));
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  if (e.caseworker_name.empty())
    widgets::text_colored(theme::kWarn, tr(t::kNoCaseworker));
  else
    ImGui::TextUnformatted(e.caseworker_name.c_str());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(e.team_name.c_str());
  ImGui::TableNextColumn();
  count_cell(e.overdue, kDangerSoft, kDanger);
  ImGui::TableNextColumn();
  count_cell(e.due_soon, kWarnSoft, theme::kWarn);
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  if (e.next_due != viewmodels::kNoDay) {
    const bool late = e.next_due < app.session.today();
    if (late) ImGui::PushStyleColor(ImGuiCol_Text, kDanger);
    ImGui::TextUnformatted(date_text(e.next_due).c_str());
    if (late) ImGui::PopStyleColor();
  } else {
    ImGui::TextDisabled("–");
  }
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(date_text(e.opened).c_str());
}

}  // namespace

void open_case(App& app, const std::string& case_id) {
  app.case_page.case_id = case_id;
  app.case_page.built_generation = ~uint64_t{0};
  app.case_page.notice.clear();
  go(app, Screen::case_page);
}

void draw_my_cases(App& app) {
  MyCasesState& s = app.my_cases;
  const auto& index = app.session.index();
  if (!s.initialised) {
    s.initialised = true;
    if (!index.caseworkers().empty()) s.query.caseworker_id = index.caseworkers().front().id;
  }
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_F, false)) s.focus_search = true;

  const auto& rows = s.list.rows(index, s.query);

  // Heading and the red numbers.
  widgets::text_in(theme::fonts().heading, tr(t::kMyCases));
  const std::string count = format_thousands(static_cast<int64_t>(rows.size())) + " " + tr(t::kCases);
  widgets::text_colored(theme::kMuted, count.c_str());
  ImGui::SameLine(0, 24);
  const std::string overdue =
      std::string(tr(t::kOverdueDeadlines)) + ": " + format_thousands(s.list.overdue_deadlines());
  widgets::text_colored(s.list.overdue_deadlines() > 0 ? kDanger : theme::kGood, overdue.c_str());
  ImGui::SameLine(0, 24);
  const std::string cases_red = std::string(tr(t::kCasesWithOverdue)) + ": " + format_thousands(s.list.overdue_cases());
  widgets::text_colored(theme::kMuted, cases_red.c_str());
  ImGui::Dummy(ImVec2(0, 2));

  // Filters.
  if (s.focus_search) {
    ImGui::SetKeyboardFocusHere();
    s.focus_search = false;
  }
  widgets::text_field("##case-search", s.query.search, tr(t::kSearchHint), 300.0f);
  ImGui::SameLine(0, 18);
  filter_combo(tr(t::kCaseworker), "##filter-caseworker", s.query.caseworker_id, tr(t::kAllCaseworkers),
               index.caseworkers(), viewmodels::kUnassigned, tr(t::kUnassigned));
  ImGui::SameLine(0, 18);
  filter_combo(tr(t::kTeam), "##filter-team", s.query.team_id, tr(t::kAllTeams), index.teams());
  status_filter(s.query.status);
  ImGui::SameLine(0, 18);
  ImGui::Checkbox((std::string(tr(t::kOverdueOnly)) + "##filter-overdue").c_str(), &s.query.overdue_only);
  ImGui::Dummy(ImVec2(0, 2));

  if (rows.empty()) {
    widgets::text_colored(theme::kMuted, tr(t::kNoCases));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_BordersOuter;
  if (!ImGui::BeginTable("##cases", 8, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr(t::kColChild), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn(tr(t::kColAge), ImGuiTableColumnFlags_NoSort, 0.6f);
  ImGui::TableSetupColumn(tr(t::kCaseworker), 0, 1.4f);
  ImGui::TableSetupColumn(tr(t::kTeam), 0, 1.0f);
  ImGui::TableSetupColumn(tr(t::kColOverdue),
                          ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 0.8f);
  ImGui::TableSetupColumn(tr(t::kColDueSoon), ImGuiTableColumnFlags_PreferSortDescending, 0.6f);
  ImGui::TableSetupColumn(tr(t::kColNextDue), 0, 0.9f);
  ImGui::TableSetupColumn(tr(t::kColOpened), 0, 0.9f);
  ImGui::TableHeadersRow();
  apply_sort(ImGui::TableGetSortSpecs(), s.query);

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
      row(app, index.entries()[rows[static_cast<size_t>(r)]]);
  ImGui::EndTable();
}

}  // namespace overblik::app::views

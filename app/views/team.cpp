#include "app/views/team.h"

#include "app/app.h"
#include "app/automation/automation.h"
#include "app/i18n/casework_text.h"
#include "app/theme/theme.h"
#include "app/views/case_page_format.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = casework_text;
using i18n::tr;

namespace {

bool same(const viewmodels::TeamQuery& a, const viewmodels::TeamQuery& b) {
  return a.team_id == b.team_id && a.target_per_fte == b.target_per_fte &&
         a.sample_per_caseworker == b.sample_per_caseworker && a.sample_seed == b.sample_seed &&
         a.compliance_months == b.compliance_months;
}

// Text the automation bridge can find by a stable id ("##open-<caseworker>") as well as by its words.
void text_with_id(const std::string& text, const std::string& id) {
  ImGui::TextUnformatted(text.c_str());
  automation::note_text(text + id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void number_field(const char* id, std::string& text, float width) {
  widgets::text_field(id, text, nullptr, width);
}

std::optional<int> whole_number(const std::string& text, int lo, int hi) {
  if (text.empty() || text.size() > 10) return std::nullopt;
  int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v < lo || v > hi) return std::nullopt;
  return static_cast<int>(v);
}

std::string percent(double share) {
  return format_percent(share * 100.0, 1);
}

void kpi(const char* id, const char* title, const std::string& value, ImU32 colour, float width) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kSurface);
  ImGui::BeginChild(id, ImVec2(width, 78), true, ImGuiWindowFlags_NoScrollbar);
  widgets::text_colored(theme::kMuted, title);
  ImGui::PushFont(theme::fonts().heading);
  widgets::text_colored(colour, value.c_str());
  ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void kpis(const viewmodels::TeamOverview& o) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - gap * 4) / 5.0f;
  kpi("##kpi-open", tr(t::kKpiOpen), format_thousands(o.open_cases), theme::kInk, width);
  ImGui::SameLine();
  kpi("##kpi-per-fte", tr(t::kKpiPerFte), decimal_text(o.cases_per_fte, 1),
      o.cases_per_fte > o.target_per_fte ? kDanger : theme::kInk, width);
  ImGui::SameLine();
  // The target itself is the field beside the heading; the tile's title stays short enough for 1280 px.
  kpi("##kpi-over", tr(t::kKpiOverTarget), std::to_string(o.over_target) + " / " + std::to_string(o.caseworkers.size()),
      o.over_target > 0 ? kDanger : theme::kGood, width);
  ImGui::SameLine();
  kpi("##kpi-unassigned", tr(t::kKpiUnassigned), format_thousands(static_cast<int64_t>(o.unassigned.size())),
      o.unassigned.empty() ? theme::kGood : theme::kWarn, width);
  ImGui::SameLine();
  kpi("##kpi-on-time", tr(t::kKpiOnTime), percent(o.compliance_total.share_on_time()), theme::kInk, width);
}

// Open cases per FTE as a bar against the target (the target is the thin line).
void load_bar(double per_fte, int target, const std::string& id) {
  const float width = ImGui::GetContentRegionAvail().x - 50, height = 8;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float y = pos.y + (ImGui::GetFrameHeight() - height) * 0.5f;
  const double scale = std::max(per_fte, target * 1.6);
  ImDrawList& d = *ImGui::GetWindowDrawList();
  d.AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + width, y + height), theme::kBorder, 4);
  const float fill = static_cast<float>(per_fte / scale) * width;
  d.AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + fill, y + height), per_fte > target ? kDanger : theme::kAccent, 4);
  const float tx = pos.x + static_cast<float>(target / scale) * width;
  d.AddLine(ImVec2(tx, y - 4), ImVec2(tx, y + height + 4), theme::kInk, 1.5f);
  ImGui::Dummy(ImVec2(width, ImGui::GetFrameHeight()));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  text_with_id(decimal_text(per_fte, 1), "##per-fte-" + id);
}

// A table of `rows` rows that grows with them up to `max_rows`, then scrolls in a fixed height (a short table
// never shows a scrollbar however tall its rows turn out).
bool begin_table(const char* id, int columns, size_t rows, size_t max_rows, float row_height) {
  if (rows <= max_rows) return ImGui::BeginTable(id, columns, kListTable);
  const float height = row_height * static_cast<float>(max_rows) + ImGui::GetFrameHeightWithSpacing();
  return ImGui::BeginTable(id, columns, kListTable | ImGuiTableFlags_ScrollY, ImVec2(0, height));
}

void caseload_table(App& app, const viewmodels::TeamOverview& o) {
  section_heading(tr(t::kCaseload));
  if (!begin_table("##caseload", 6, o.caseworkers.size(), 8, 40)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr(t::kCaseworker), 0, 1.4f);
  ImGui::TableSetupColumn(tr(t::kTeam), 0, 1.0f);
  ImGui::TableSetupColumn(tr(t::kColOpenCases), 0, 0.7f);
  ImGui::TableSetupColumn(tr(t::kColFte), 0, 0.6f);
  ImGui::TableSetupColumn(tr(t::kColPerFte), 0, 1.8f);
  ImGui::TableSetupColumn(tr(t::kColOverdueDeadlines), 0, 0.9f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(o.caseworkers.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto& c = o.caseworkers[static_cast<size_t>(r)];
      ImGui::TableNextRow(0, 36);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      // Clicking a caseworker shows their cases.
      if (ImGui::Selectable((c.name + "##cw-" + c.id).c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
        app.my_cases.initialised = true;
        app.my_cases.query.caseworker_id = c.id;
        go(app, Screen::my_cases);
      }
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      widgets::text(c.team_name.c_str());
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      text_with_id(std::to_string(c.open_cases), "##open-" + c.id);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      widgets::text(decimal_text(c.fte_milli / 1000.0, 1).c_str());
      ImGui::TableNextColumn();
      ImGui::PushID(c.id.c_str());
      load_bar(c.cases_per_fte, o.target_per_fte, c.id);
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
      if (c.overdue > 0)
        badge(std::to_string(c.overdue), kDangerSoft, kDanger);
      else
        ImGui::TextDisabled("0");
    }
  }
  ImGui::EndTable();
}

void compliance_table(const viewmodels::TeamOverview& o) {
  section_heading(tr(t::kCompliance));
  if (!ImGui::BeginTable("##compliance", 6, kListTable)) return;
  for (const auto* c :
       {&t::kColRule, &t::kColDueCount, &t::kColOnTime, &t::kColLate, &t::kStatusOverdue, &t::kColShare})
    ImGui::TableSetupColumn(tr(*c));
  ImGui::TableHeadersRow();
  auto line = [](const char* name, const viewmodels::RuleCompliance& c, bool bold) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (bold)
      widgets::text_in(theme::fonts().bold, name);
    else
      widgets::text(name);
    for (int v : {c.due(), c.on_time, c.late}) {
      ImGui::TableNextColumn();
      widgets::text(format_thousands(v).c_str());
    }
    ImGui::TableNextColumn();
    widgets::text_colored(c.overdue > 0 ? kDanger : theme::kInk, format_thousands(c.overdue).c_str());
    ImGui::TableNextColumn();
    const double share = c.share_on_time();
    widgets::text_colored(share >= 0.9 ? theme::kGood : share >= 0.7 ? theme::kWarn : kDanger, percent(share).c_str());
  };
  for (const auto& c : o.compliance) line(kind_text(c.kind), c, false);
  line(tr(t::kTotal), o.compliance_total, true);
  ImGui::EndTable();
}

void unassigned_list(App& app, const viewmodels::TeamOverview& o) {
  section_heading(tr(t::kUnassignedCases));
  if (o.unassigned.empty()) return widgets::text_colored(theme::kMuted, tr(t::kNone));
  const auto& entries = app.session.index().entries();
  if (!begin_table("##unassigned", 4, o.unassigned.size(), 5, 38)) return;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(o.unassigned.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto& e = entries[o.unassigned[static_cast<size_t>(r)]];
      ImGui::TableNextRow(0, 34);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      if (ImGui::Selectable((e.child_pseudonym + "##unassigned-" + e.id).c_str())) open_case(app, e.id);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      widgets::text(e.team_name.c_str());
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      widgets::text((std::string(tr(t::kColOpened)) + " " + date_text(e.opened)).c_str());
      ImGui::TableNextColumn();
      if (ImGui::SmallButton((std::string(tr(t::kAssign)) + "##assign-" + e.id).c_str()))
        forms::open_reassign(app.team.assign, e.id, e.child_pseudonym);
    }
  }
  ImGui::EndTable();
}

void sample(App& app, TeamState& s, const viewmodels::TeamOverview& o) {
  section_heading(tr(t::kSample));
  widgets::text_colored(theme::kMuted, tr(t::kSampleSeed));
  ImGui::SameLine();
  number_field("##sample-seed", s.seed_text, 110);
  ImGui::SameLine(0, 18);
  widgets::text_colored(theme::kMuted, tr(t::kSamplePer));
  ImGui::SameLine();
  number_field("##sample-n", s.per_text, 60);
  ImGui::SameLine(0, 18);
  if (ImGui::Button((std::string(tr(t::kSampleRedraw)) + "##sample-redraw").c_str()))
    s.seed_text = std::to_string(s.query.sample_seed + 1);
  ImGui::SameLine(0, 18);
  widgets::text_colored(theme::kMuted, tr(t::kSampleNote));

  const auto& entries = app.session.index().entries();
  if (!begin_table("##sample", 2, o.sample.size(), 6, 38)) return;
  ImGui::TableSetupColumn("##sample-who", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("##sample-cases", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(o.sample.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto& g = o.sample[static_cast<size_t>(r)];
      ImGui::TableNextRow(0, 34);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      widgets::text(g.caseworker_name.c_str());
      ImGui::TableNextColumn();
      for (size_t k = 0; k < g.cases.size(); ++k) {
        const auto& e = entries[g.cases[k]];
        if (k > 0) ImGui::SameLine();
        if (ImGui::Button((e.child_pseudonym + "##sample-" + e.id).c_str())) open_case(app, e.id);
      }
    }
  }
  ImGui::EndTable();
}

}  // namespace

void draw_team(App& app) {
  TeamState& s = app.team;
  // The typed numbers drive the query; a half-typed or invalid number keeps the last valid one.
  if (auto v = whole_number(s.target_text, 1, 500)) s.query.target_per_fte = *v;
  if (auto v = whole_number(s.seed_text, 0, 2'000'000'000)) s.query.sample_seed = static_cast<uint64_t>(*v);
  if (auto v = whole_number(s.per_text, 1, 20)) s.query.sample_per_caseworker = *v;
  const auto& index = app.session.index();
  if (!s.overview || s.built_generation != app.session.generation() || !same(s.query, s.built_query)) {
    s.overview = viewmodels::build_team_overview(app.session.facts(), index, s.query);
    s.built_generation = app.session.generation();
    s.built_query = s.query;
  }
  const viewmodels::TeamOverview& o = *s.overview;

  widgets::text_in(theme::fonts().heading, tr(t::kTeamHeading));
  ImGui::SameLine(0, 24);
  // Team filter and caseload target.
  std::string preview = tr(t::kAllTeams);
  for (const auto& team : index.teams())
    if (team.id == s.query.team_id) preview = team.name;
  ImGui::SetNextItemWidth(200);
  if (ImGui::BeginCombo("##team-filter", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::Selectable((std::string(tr(t::kAllTeams)) + "##team-filter-any").c_str(), s.query.team_id.empty()))
      s.query.team_id.clear();
    for (size_t i = 0; i < index.teams().size(); ++i)
      if (ImGui::Selectable((index.teams()[i].name + "##team-filter-" + std::to_string(i)).c_str(),
                            s.query.team_id == index.teams()[i].id))
        s.query.team_id = index.teams()[i].id;
    ImGui::EndCombo();
  }
  automation::note_label(preview + "##team-filter");
  automation::note_value(preview);
  ImGui::SameLine(0, 24);
  widgets::text_colored(theme::kMuted, tr(t::kTarget));
  ImGui::SameLine();
  number_field("##target", s.target_text, 70);
  if (!s.notice.empty()) {
    ImGui::SameLine(0, 16);
    widgets::text_colored(theme::kGood, s.notice.c_str());
  }
  ImGui::Dummy(ImVec2(0, 2));

  kpis(o);
  caseload_table(app, o);
  compliance_table(o);
  unassigned_list(app, o);
  sample(app, s, o);
  if (forms::draw_reassign(app, s.assign)) s.notice = tr(t::kSavedReassign);
}

}  // namespace overblik::app::views

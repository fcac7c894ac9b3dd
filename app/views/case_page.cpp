#include "app/views/case_page.h"

#include <algorithm>

#include "app/app.h"
#include "app/i18n/casework_text.h"
#include "app/theme/theme.h"
#include "app/views/case_page_format.h"
#include "app/views/forms/error_text.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = casework_text;
using i18n::tr;

namespace {

void cell(const std::string& text) {
  ImGui::TableNextColumn();
  widgets::text(text.c_str());
}

void cell_coloured(const char* text, ImU32 colour) {
  ImGui::TableNextColumn();
  widgets::text_colored(colour, text);
}

struct Column {
  const i18n::Phrase* title;
  float weight;  // share of the width: set explicitly so the first frame is laid out right
};

void headers(std::initializer_list<Column> columns) {
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const auto& c : columns) ImGui::TableSetupColumn(tr(*c.title), ImGuiTableColumnFlags_WidthStretch, c.weight);
  ImGui::TableHeadersRow();
}

// Room for `rows` rows (and the header) before the table scrolls.
ImVec2 rows_height(size_t rows, size_t max_rows) {
  const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
  return ImVec2(0, row * static_cast<float>(std::min(rows, max_rows) + 1) + 4);
}

void header_block(App& app, const viewmodels::CasePage& p) {
  if (ImGui::Button((std::string(tr(t::kBack)) + "##back").c_str())) go(app, app.nav.back);
  ImGui::Dummy(ImVec2(0, 2));
  widgets::text_in(theme::fonts().heading, p.child_pseudonym.c_str());
  ImGui::SameLine(0, 16);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4);
  badge(tr(p.open ? t::kCaseOpen : t::kCaseClosed), p.open ? kGoodSoft : theme::kBorder,
        p.open ? theme::kGood : theme::kMuted);

  const std::string facts = std::string(tr(t::kAge)) + " " + std::to_string(p.age) + " " + tr(t::kYears) + " (" +
                            date_text(p.birth) + ") · " + tr(t::kDistrict) + " " + p.district + " · " +
                            tr(t::kCaseworker) + ": " +
                            (p.caseworker_name.empty() ? std::string(tr(t::kNoCaseworker)) : p.caseworker_name) +
                            " · " + p.team_name + " · " + tr(t::kColOpened) + " " + date_text(p.opened) + " · " +
                            tr(t::kConcern) + " " + std::to_string(p.concern_level) + "/5";
  widgets::text_colored(theme::kMuted, facts.c_str());

  const std::string overdue = std::string(tr(t::kOverdueDeadlines)) + ": " + std::to_string(p.overdue);
  badge(overdue, p.overdue > 0 ? kDangerSoft : kGoodSoft, p.overdue > 0 ? kDanger : theme::kGood);
  ImGui::SameLine(0, 8);
  badge(std::string(tr(t::kDueSoon)) + ": " + std::to_string(p.due_soon), kWarnSoft, theme::kWarn);
  ImGui::Dummy(ImVec2(0, 2));

  auto& s = app.case_page;
  if (p.open) {
    if (ImGui::Button((std::string(tr(t::kRecordFollowUp)) + "##open-follow-up").c_str()))
      forms::open_follow_up(s.follow_up, p.case_id, app.session.today());
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr(t::kStartMeasure)) + "##open-start-measure").c_str()))
      forms::open_start_measure(s.start_measure, p.case_id, app.session.today());
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr(t::kReassign)) + "##open-reassign").c_str()))
      forms::open_reassign(s.reassign, p.case_id, p.child_pseudonym);
  }
  if (!s.notice.empty()) {
    ImGui::SameLine(0, 16);
    widgets::text_colored(theme::kGood, s.notice.c_str());
  }
}

void deadlines(const viewmodels::CasePage& p) {
  section_heading(tr(t::kDeadlines));
  if (p.deadlines.empty()) return widgets::text_colored(theme::kMuted, tr(t::kNone));
  if (!ImGui::BeginTable("##deadlines", 5, kListTable | ImGuiTableFlags_ScrollY, rows_height(p.deadlines.size(), 8)))
    return;
  headers({{&t::kColDeadline, 1.6f},
           {&t::kColDue, 0.8f},
           {&t::kColDone, 0.8f},
           {&t::kStatus, 1.1f},
           {&t::kColReference, 2.2f}});
  for (const auto& d : p.deadlines) {
    ImGui::TableNextRow();
    cell(kind_text(d.kind));
    cell(date_text(d.due));
    cell(date_text(d.done));
    cell_coloured(status_text(d.status), status_colour(d.status));
    cell_coloured(d.reference.c_str(), theme::kMuted);
  }
  ImGui::EndTable();
}

void measures(App& app, const viewmodels::CasePage& p) {
  section_heading(tr(t::kMeasures));
  if (p.measures.empty()) return widgets::text_colored(theme::kMuted, tr(t::kNone));
  if (!ImGui::BeginTable("##measures", 7, kListTable | ImGuiTableFlags_ScrollY, rows_height(p.measures.size(), 6)))
    return;
  headers({{&t::kColType, 1.7f},
           {&t::kColProvider, 1.4f},
           {&t::kColStep, 0.4f},
           {&t::kColStart, 0.8f},
           {&t::kColPlannedStop, 0.9f},
           {&t::kColPrice, 1.0f},
           {&t::kStatus, 1.1f}});
  const bool english = i18n::language() == i18n::Language::English;
  for (const auto& m : p.measures) {
    ImGui::TableNextRow();
    const std::string& name = english ? m.type_name_en : m.type_name_da;
    cell(name);
    cell(m.provider_name.empty() ? std::string("–") : m.provider_name);
    cell(std::to_string(m.ladder_step));
    cell(date_text(m.start));
    cell(date_text(m.planned_stop));
    cell(price_text(m.price, m.price_unit));
    ImGui::TableNextColumn();
    if (m.active && p.open) {
      widgets::text_colored(theme::kGood, tr(t::kActive));
      ImGui::SameLine();
      if (ImGui::SmallButton((std::string(tr(t::kStop)) + "##stop-" + m.id).c_str()))
        forms::open_stop_measure(app.case_page.stop_measure, m.id, name, app.session.today());
    } else {
      widgets::text_colored(theme::kMuted, (std::string(tr(t::kEnded)) + " " + date_text(m.end)).c_str());
    }
  }
  ImGui::EndTable();
}

void follow_ups(const viewmodels::CasePage& p) {
  section_heading(tr(t::kFollowUps));
  if (p.follow_ups.empty()) return widgets::text_colored(theme::kMuted, tr(t::kNone));
  if (!ImGui::BeginTable("##follow-ups", 4, kListTable | ImGuiTableFlags_ScrollY, rows_height(p.follow_ups.size(), 6)))
    return;
  headers({{&t::kColDone, 0.8f}, {&t::kColProgress, 0.8f}, {&t::kColNext, 0.8f}, {&t::kColNote, 3.0f}});
  for (const auto& f : p.follow_ups) {
    ImGui::TableNextRow();
    cell(date_text(f.done));
    cell(f.progress ? std::to_string(*f.progress) : std::string("–"));
    cell(date_text(f.next_due));
    cell(f.note.empty() ? f.outcome : f.note);
  }
  ImGui::EndTable();
}

void plans(const viewmodels::CasePage& p) {
  section_heading(tr(t::kPlan));
  if (p.plans.empty()) return widgets::text_colored(theme::kMuted, tr(t::kNone));
  for (const auto& plan : p.plans) {
    std::string line = std::string(tr(t::kDecided)) + " " + date_text(plan.decided) + " · " +
                       (plan.signed_on ? std::string(tr(t::kSigned)) + " " + date_text(*plan.signed_on)
                                       : std::string(tr(t::kNotSigned)));
    if (plan.youth_plan) line += std::string(" · ") + tr(t::kYouthPlan);
    widgets::text_in(theme::fonts().bold, line.c_str());
    for (const auto& g : plan.goals) {
      std::string goal = "•  " + g.text;
      if (g.target) goal += " (" + date_text(*g.target) + ")";
      if (g.school) goal += std::string(" · ") + tr(t::kSchoolGoal);
      widgets::text(goal.c_str());
    }
  }
}

void notifications_and_investigations(const viewmodels::CasePage& p) {
  section_heading(tr(t::kNotifications));
  if (p.notifications.empty()) {
    widgets::text_colored(theme::kMuted, tr(t::kNone));
  } else if (ImGui::BeginTable("##notifications", 3, kListTable)) {
    headers({{&t::kColReceived, 1.0f}, {&t::kColSource, 2.0f}, {&t::kColAssessed, 1.0f}});
    for (const auto& n : p.notifications) {
      ImGui::TableNextRow();
      cell(date_text(n.received));
      cell(n.source);
      cell(date_text(n.assessed));
    }
    ImGui::EndTable();
  }
  section_heading(tr(t::kInvestigations));
  if (p.investigations.empty()) {
    widgets::text_colored(theme::kMuted, tr(t::kNone));
  } else if (ImGui::BeginTable("##investigations", 2, kListTable)) {
    headers({{&t::kColStarted, 1.0f}, {&t::kColCompleted, 1.0f}});
    for (const auto& i : p.investigations) {
      ImGui::TableNextRow();
      cell(date_text(i.started));
      cell(date_text(i.completed));
    }
    ImGui::EndTable();
  }
}

}  // namespace

void draw_case_page(App& app) {
  CasePageState& s = app.case_page;
  if (s.built_generation != app.session.generation()) {
    auto page = viewmodels::build_case_page(app.session.workspace().db(), s.case_id, app.session.today(),
                                            app.session.index().due_soon_days());
    s.built_generation = app.session.generation();
    s.error.reset();
    if (page)
      s.page = std::move(page.value());
    else
      s.page.reset(), s.error = page.error();
  }
  if (!s.page) {
    if (s.error) widgets::text_colored(kDanger, forms::error_words(*s.error).c_str());
    return;
  }
  const viewmodels::CasePage& p = *s.page;
  header_block(app, p);
  deadlines(p);
  measures(app, p);
  follow_ups(p);
  plans(p);
  notifications_and_investigations(p);

  if (forms::draw_follow_up(app, s.follow_up)) s.notice = tr(t::kSavedFollowUp);
  if (forms::draw_start_measure(app, s.start_measure)) s.notice = tr(t::kSavedMeasure);
  if (forms::draw_stop_measure(app, s.stop_measure)) s.notice = tr(t::kSavedMeasure);
  if (forms::draw_reassign(app, s.reassign)) s.notice = tr(t::kSavedReassign);
}

}  // namespace overblik::app::views

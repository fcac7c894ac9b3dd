#include "app/views/cockpit.h"

#include <algorithm>

#include "app/app.h"
#include "app/automation/automation.h"
#include "app/charts/charts.h"
#include "app/i18n/steering_text.h"
#include "app/theme/theme.h"
#include "app/views/steering_parts.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views {

namespace t = steering_text;
using i18n::tr;
using viewmodels::Tile;

namespace {

const i18n::Phrase& tile_title(Tile tile) {
  switch (tile) {
    case Tile::spend:
      return t::kTileSpend;
    case Tile::placements:
      return t::kTilePlacements;
    case Tile::preventive:
      return t::kTilePreventive;
    case Tile::placement_price:
      return t::kTilePrice;
    case Tile::caseload:
      return t::kTileCaseload;
    case Tile::compliance:
      return t::kTileCompliance;
  }
  return t::kTileSpend;
}

std::string tile_detail(const viewmodels::TileFigure& f) {
  switch (f.tile) {
    case Tile::spend:
      return f.detail + " " + tr(t::kOfBudget);
    case Tile::placements:
      return f.detail + " " + tr(t::kChildren);
    case Tile::preventive:
      return f.detail;
    case Tile::caseload:
      return f.detail + " " + tr(t::kOpenCases);
    case Tile::compliance:
      return f.detail + " " + tr(t::kDeadlinesDue);
    case Tile::placement_price:
      return "";
  }
  return "";
}

// A tile: title, big value, detail and a sparkline. The whole tile is a button ("##tile-<key>").
bool tile(const viewmodels::TileFigure& f, float width) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = 128;
  const std::string id = std::string(tr(tile_title(f.tile))) + "##tile-" + viewmodels::tile_key(f.tile);
  const bool clicked = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList& d = *ImGui::GetWindowDrawList();
  d.AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), theme::kSurface, 8);
  d.AddRect(pos, ImVec2(pos.x + width, pos.y + height), hovered ? theme::kAccent : theme::kBorder, 8, 0,
            hovered ? 2.0f : 1.0f);
  const float pad = 14;
  d.AddText(ImVec2(pos.x + pad, pos.y + 12), theme::kMuted, tr(tile_title(f.tile)));
  ImFont* big = theme::fonts().heading;
  const ImVec2 vpos(pos.x + pad, pos.y + 36);
  d.AddText(big, big->FontSize, vpos, f.warn ? kDangerColour : theme::kInk, f.value.c_str());
  automation::note_text(f.value + "##tile-value-" + viewmodels::tile_key(f.tile), vpos,
                        ImVec2(vpos.x + width - 2 * pad, vpos.y + big->FontSize));
  const std::string detail = tile_detail(f);
  const ImVec2 dpos(pos.x + pad, pos.y + 68);
  d.AddText(dpos, theme::kMuted, detail.c_str());
  automation::note_text(detail + "##tile-detail-" + viewmodels::tile_key(f.tile), dpos,
                        ImVec2(dpos.x + ImGui::CalcTextSize(detail.c_str()).x, dpos.y + ImGui::GetFontSize()));
  if (f.trend.size() >= 2) {  // sparkline along the bottom
    const auto [lo_it, hi_it] = std::minmax_element(f.trend.begin(), f.trend.end());
    const double lo = *lo_it, span = std::max(*hi_it - lo, 1e-9);
    const float x0 = pos.x + pad, x1 = pos.x + width - pad, y0 = pos.y + height - 12, h = 24;
    for (size_t i = 0; i + 1 < f.trend.size(); ++i) {
      auto pt = [&](size_t k) {
        return ImVec2(x0 + (x1 - x0) * static_cast<float>(k) / static_cast<float>(f.trend.size() - 1),
                      y0 - static_cast<float>((f.trend[k] - lo) / span) * h);
      };
      d.AddLine(pt(i), pt(i + 1), theme::kAccent, 2.0f);
    }
  }
  return clicked;
}

std::string day_text(Day d) {
  return d == steering::kOpenEnd ? std::string(tr(t::kRunning)) : format_danish_date(d);
}

void drill_list(CockpitState& s) {
  const bool cases = *s.drill == Tile::caseload || *s.drill == Tile::compliance;
  widgets::text_in(theme::fonts().bold, (std::string(tr(t::kDrillTitle)) + ": " + tr(tile_title(*s.drill))).c_str());
  ImGui::SameLine();
  text_with_id(format_thousands(static_cast<int64_t>(s.rows.size())) + " " + tr(t::kRows), "##drill-count",
               theme::kMuted);
  ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 80);
  if (ImGui::Button((std::string(tr(t::kClose)) + "##drill-close").c_str())) {
    s.drill.reset();
    return;
  }
  const int columns = cases ? 5 : 6;
  if (!ImGui::BeginTable("##drill", columns, kTableFlags | ImGuiTableFlags_ScrollY, ImVec2(0, 300))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr(t::kColCase));
  ImGui::TableSetupColumn(tr(t::kColChild));
  ImGui::TableSetupColumn(tr(cases ? t::kColCaseworker : t::kColMeasure), 0, 2.0f);
  ImGui::TableSetupColumn(tr(t::kColFrom));
  ImGui::TableSetupColumn(tr(t::kColTo));
  if (!cases) ImGui::TableSetupColumn(tr(t::kColAmount));
  headers_row();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(s.rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const auto& r = s.rows[static_cast<size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      text_with_id(r.case_id, "##drill-row-" + (cases ? r.case_id : r.measure_id));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.child.c_str());
      ImGui::TableNextColumn();
      widgets::text(r.what.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(day_text(r.from).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(day_text(r.to).c_str());
      if (!cases) {
        ImGui::TableNextColumn();
        right_aligned(format_kroner(r.amount));
      }
    }
  }
  ImGui::EndTable();
}

void ladder_chart(const viewmodels::CockpitView& v, float line_width) {
  static constexpr ImU32 kSteps[6] = {IM_COL32(191, 219, 254, 255), IM_COL32(147, 197, 253, 255),
                                      IM_COL32(96, 165, 250, 255),  IM_COL32(59, 130, 246, 255),
                                      IM_COL32(29, 78, 216, 255),   IM_COL32(30, 58, 138, 255)};
  charts::Chart c;
  c.id = "ladder";
  c.format = charts::Format::decimal;
  c.height = 240;
  c.line_width = line_width;
  for (const auto& m : v.ladder) c.x_labels.push_back(m.label);
  for (int step = 0; step < 6; ++step) {
    charts::Series s{
        std::string(tr(t::kStep)) + " " + std::to_string(step + 1), {}, kSteps[step], charts::Style::stacked_bars};
    for (const auto& m : v.ladder) s.values.push_back(m.full_year_persons[static_cast<size_t>(step)]);
    c.series.push_back(std::move(s));
  }
  charts::draw(c);
  charts::legend(c);
}

void groups_chart(const viewmodels::CockpitView& v, float line_width) {
  charts::Chart c;
  c.id = "groups";
  c.height = 240;
  c.line_width = line_width;
  charts::Series budget{tr(t::kBudget), {}, theme::kBorder, charts::Style::bars};
  budget.colour = IM_COL32(156, 163, 175, 255);
  charts::Series actual{tr(t::kActual), {}, theme::kAccent, charts::Style::bars};
  charts::Series forecast{tr(t::kForecast), {}, theme::kWarn, charts::Style::bars};
  for (int g = 0; g < steering::kGroupCount; ++g) {
    const auto& row = v.summary.budget.groups[static_cast<size_t>(g)];
    c.x_labels.push_back(tr(group_phrase(static_cast<steering::MeasureGroup>(g))));
    budget.values.push_back(static_cast<double>(row.corrected_budget));
    actual.values.push_back(static_cast<double>(row.actual));
    forecast.values.push_back(static_cast<double>(row.forecast));
  }
  c.series = {budget, actual, forecast};
  charts::draw(c);
  charts::legend(c);
}

}  // namespace

CockpitState& cockpit_state() {
  static CockpitState state;
  return state;
}

void draw_cockpit(App& app) {
  CockpitState& s = cockpit_state();
  auto& session = app.session;
  if (s.built_generation != session.generation() || !s.view) {
    s.view = viewmodels::build_cockpit(session.facts(), session.workspace().db(), session.today());
    s.built_generation = session.generation();
    if (s.drill) s.rows = viewmodels::drill_down(session.facts(), *s.drill, session.today());
  }
  const viewmodels::CockpitView& v = *s.view;
  const Presentation look = begin_presentation();
  page_title(tr(t::kCockpitTitle), (std::string(tr(t::kAsOf)) + " " + format_danish_date(v.as_of)).c_str());

  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - gap * 2) / 3.0f;
  for (int i = 0; i < viewmodels::kTileCount; ++i) {
    if (i % 3 != 0) ImGui::SameLine();
    if (tile(v.tiles[static_cast<size_t>(i)], width)) {
      s.drill = v.tiles[static_cast<size_t>(i)].tile;
      s.rows = viewmodels::drill_down(session.facts(), *s.drill, session.today());
    }
  }
  ImGui::Spacing();
  if (s.drill) {
    drill_list(s);
    ImGui::Spacing();
  }
  const float half = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
  ImGui::BeginGroup();
  ImGui::PushItemWidth(half);
  ImGui::BeginChild("##ladder-box", ImVec2(half, 320), false, ImGuiWindowFlags_NoScrollbar);
  section_title(tr(t::kLadderTitle));
  ladder_chart(v, look.line_width);
  ImGui::EndChild();
  ImGui::PopItemWidth();
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginChild("##groups-box", ImVec2(half, 320), false, ImGuiWindowFlags_NoScrollbar);
  section_title(tr(t::kGroupsTitle));
  groups_chart(v, look.line_width);
  ImGui::EndChild();
  end_presentation(look);
}

}  // namespace overblik::app::views

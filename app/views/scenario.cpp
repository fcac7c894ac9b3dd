#include "app/views/scenario.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "app/app.h"
#include "app/automation/automation.h"
#include "app/i18n/steering_text.h"
#include "app/theme/theme.h"
#include "app/views/export.h"
#include "app/views/steering_parts.h"
#include "app/widgets/widgets.h"
#include "core/scenario/analysis.h"
#include "core/viewmodels/scenario_csv.h"

namespace overblik::app::views {

namespace t = steering_text;
using i18n::tr;
using viewmodels::LeverGroup;

namespace {

constexpr ImU32 kBaselineColour = IM_COL32(156, 163, 175, 255);
constexpr ImU32 kTargetColour = IM_COL32(220, 38, 38, 255);

const i18n::Phrase& lever_phrase(int i) {
  static const i18n::Phrase* phrases[viewmodels::kWorkshopLeverCount] = {
      &t::kLeverPlacementVolume, &t::kLeverPreventiveVolume, &t::kLeverPlacementPrice,
      &t::kLeverPriceIndex,      &t::kLeverDuration,         &t::kLeverTarget};
  return *phrases[i];
}

const i18n::Phrase& group_title(LeverGroup g) {
  switch (g) {
    case LeverGroup::volume:
      return t::kGroupVolume;
    case LeverGroup::price:
      return t::kGroupPrice;
    case LeverGroup::duration:
      return t::kGroupDuration;
    case LeverGroup::target:
      return t::kGroupTarget;
  }
  return t::kGroupVolume;
}

void recompute(ScenarioState& s) {
  const auto t0 = std::chrono::steady_clock::now();
  if (auto st = s.workshop.recompute(s.spec); !st.ok()) s.error = st.error().text();
  s.last_recompute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  s.tornado_stale = true;
}

void load_stored(ScenarioState& s, store::Database& db) {
  auto rows = scenario::load_scenarios(db);
  if (rows.ok()) s.stored = std::move(rows).value();
}

void select(ScenarioState& s, const scenario::StoredScenario& row) {
  auto spec = scenario::stored_spec(row);
  if (!spec.ok()) {
    s.error = spec.error().text();
    return;
  }
  s.selected_id = row.id;
  s.name = row.name;
  s.spec = std::move(spec).value();
  s.dirty = false;
  s.error.clear();
  s.notice.clear();
  recompute(s);
}

void new_scenario(ScenarioState& s) {
  s.selected_id.clear();
  s.name = tr(t::kNewName);
  s.spec = {};
  s.spec.name = s.name;
  s.dirty = true;
  s.notice.clear();
  recompute(s);
}

void save(App& app, ScenarioState& s) {
  s.spec.name = s.name;
  store::SaveScenario c;
  if (!s.selected_id.empty()) c.scenario_id = s.selected_id;
  c.name = s.name;
  c.spec_json = scenario::write_spec(s.spec);
  if (!app.session.dispatch(c)) {
    s.error = app.session.error() ? app.session.error()->text() : "";
    return;
  }
  load_stored(s, app.session.workspace().db());
  if (s.selected_id.empty()) {  // the new row: the one with this name not seen before
    for (const auto& r : s.stored)
      if (r.name == s.name) s.selected_id = r.id;
  }
  s.dirty = false;
  s.notice = tr(t::kSaved);
}

void scenario_list(App& app, ScenarioState& s) {
  section_title(tr(t::kScenarios));
  if (ImGui::Button((std::string(tr(t::kNewScenario)) + "##sc-new").c_str())) new_scenario(s);
  ImGui::SameLine();
  if (ImGui::Button((std::string(tr(t::kDuplicate)) + "##sc-dup").c_str())) {
    s.selected_id.clear();
    s.name += " (kopi)";
    s.dirty = true;
  }
  ImGui::SameLine();
  if (ImGui::Button((std::string(tr(t::kSave)) + "##sc-save").c_str())) save(app, s);
  for (const auto& row : s.stored) {
    if (ImGui::Selectable((row.name + "##sc-" + row.id).c_str(), row.id == s.selected_id)) select(s, row);
    automation::note_checked(row.id == s.selected_id);
  }
  if (s.selected_id.empty()) widgets::text_colored(theme::kAccent, (s.name + " *").c_str());
  ImGui::SetNextItemWidth(-1);
  if (widgets::text_field("##sc-name", s.name)) s.dirty = true;
  // Under the name, where the eye is after pressing Gem (below the levers it would be out of sight).
  if (s.dirty)
    widgets::text_colored(theme::kWarn, tr(t::kUnsaved));
  else if (!s.notice.empty())
    widgets::text_colored(theme::kGood, s.notice.c_str());
}

// One lever: its label, a slider in display units and a reset button while it differs from the baseline.
void lever_row(ScenarioState& s, int i) {
  const auto& w = viewmodels::workshop_levers()[static_cast<size_t>(i)];
  const int64_t value = viewmodels::lever_setting(s.spec, i);
  const bool overrides = value != 0;
  const bool money = w.unit == viewmodels::LeverUnit::ore;
  const double unit = money ? 100'000'000.0 : 100.0;  // mio. kr. or percent
  float shown = static_cast<float>(static_cast<double>(value) / unit);
  widgets::text_colored(overrides ? theme::kAccent : theme::kInk, tr(lever_phrase(i)));
  if (overrides) {
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::kAccentSoft);
    ImGui::PushStyleColor(ImGuiCol_SliderGrab, theme::kAccent);
  }
  // The button's full width (text, frame padding, the gap before it), so it is never clipped.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float reset_w = ImGui::CalcTextSize(tr(t::kReset)).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - reset_w);
  const std::string id = std::string("##lever-") + w.key;
  // The slider shows the Danish text ("-29,0 %", "2,1 mio. kr."): a format without a conversion is
  // printed as it stands, so '%' is doubled.
  const std::string text = money ? format_millions(value) : format_percent(static_cast<double>(value) / 100.0, 1);
  std::string format;
  for (char ch : text) format += ch == '%' ? "%%" : std::string(1, ch);
  const bool moved = ImGui::SliderFloat(id.c_str(), &shown, static_cast<float>(w.min / unit),
                                        static_cast<float>(w.max / unit), format.c_str(), ImGuiSliderFlags_NoInput);
  if (overrides) ImGui::PopStyleColor(2);
  automation::note_value(text);
  ImGui::SameLine();
  ImGui::BeginDisabled(!overrides);
  const bool reset = ImGui::Button((std::string(tr(t::kReset)) + "##reset-" + w.key).c_str());
  ImGui::EndDisabled();
  int64_t next = value;
  if (moved) next = std::llround(shown * unit / static_cast<double>(w.step)) * w.step;
  if (reset) next = 0;
  if (next != value) {
    viewmodels::set_lever(s.spec, i, std::clamp(next, w.min, w.max));
    s.dirty = true;
    recompute(s);
  }
}

void levers(ScenarioState& s) {
  section_title(tr(t::kLevers));
  std::optional<LeverGroup> group;
  for (int i = 0; i < viewmodels::kWorkshopLeverCount; ++i) {
    const auto& w = viewmodels::workshop_levers()[static_cast<size_t>(i)];
    if (group != w.group) {
      group = w.group;
      ImGui::Spacing();
      widgets::text_colored(theme::kMuted, tr(group_title(w.group)));
    }
    lever_row(s, i);
  }
}

// One figure: a muted caption over a large value. Placed beside the previous one when it fits, else on a
// new line (presentation mode's large type does not fit three on a row).
void figure(const char* caption, const std::string& value, const char* id, ImU32 colour, bool first) {
  ImGui::PushFont(theme::fonts().heading);
  const float value_w = ImGui::CalcTextSize(value.c_str()).x;
  ImGui::PopFont();
  const float w = std::max(ImGui::CalcTextSize(caption).x, value_w);
  if (!first) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + 40 + w <= right) ImGui::SameLine(0, 40);
  }
  ImGui::BeginGroup();
  widgets::text_colored(theme::kMuted, caption);
  ImGui::PushFont(theme::fonts().heading);
  text_with_id(value, id, colour);
  ImGui::PopFont();
  ImGui::EndGroup();
}

void totals(const ScenarioState& s) {
  const auto& f = s.workshop.figures();
  const Ore diff = f.horizon_scenario - f.horizon_baseline;
  const double pct =
      f.horizon_baseline ? 100.0 * static_cast<double>(diff) / static_cast<double>(f.horizon_baseline) : 0;
  const std::string years = std::to_string(s.workshop.horizon_years()) + " " + tr(t::kYears);
  figure((std::string(tr(t::kHorizonTotal)) + ", " + years).c_str(), format_millions(f.horizon_scenario),
         "##scenario-total", 0, true);
  figure(tr(t::kBaselineTotal), format_millions(f.horizon_baseline), "##baseline-total", 0, false);
  figure(tr(t::kDifference), format_millions(diff) + " (" + format_percent(pct, 1) + ")", "##scenario-diff",
         diff <= 0 ? theme::kGood : kDangerColour, false);
}

void chart(ScenarioState& s, float line_width) {
  const auto& f = s.workshop.figures();
  if (widgets::segment((std::string(tr(t::kKroner)) + "##unit-kr").c_str(), !s.percent)) s.percent = false;
  ImGui::SameLine(0, 0);
  if (widgets::segment((std::string(tr(t::kPercent)) + "##unit-pct").c_str(), s.percent)) s.percent = true;
  charts::Chart c;
  c.id = "scenario";
  c.height = 250;
  c.line_width = line_width;
  c.format = s.percent ? charts::Format::percent : charts::Format::kroner_millions;
  c.zero_based = !s.percent;
  charts::Series base{tr(t::kBaseline), {}, kBaselineColour, charts::Style::bars};
  charts::Series scen{tr(t::kScenario), {}, theme::kAccent, charts::Style::bars};
  charts::Series target{tr(t::kTargetPath), {}, kTargetColour, charts::Style::target_line};
  for (size_t y = 0; y < f.years.size(); ++y) {
    c.x_labels.push_back(std::to_string(f.years[y]));
    const double b = static_cast<double>(f.baseline[y]);
    auto as_shown = [&](Ore v) {
      return s.percent ? (b != 0 ? 100.0 * static_cast<double>(v) / b : 0) : static_cast<double>(v);
    };
    base.values.push_back(as_shown(f.baseline[y]));
    scen.values.push_back(as_shown(f.scenario[y]));
    target.values.push_back(as_shown(f.target_path[y]));
  }
  if (s.percent) base.style = charts::Style::line, scen.style = charts::Style::line;
  c.series = {base, scen, target};
  s.chart_min = ImGui::GetCursorScreenPos();
  charts::draw(c);
  charts::legend(c);
  s.chart_max = ImVec2(s.chart_min.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y);
}

void tornado(ScenarioState& s) {
  section_title(tr(t::kTornado));
  // Sensitivity costs two projections per lever: only once the sliders are let go.
  if (s.tornado_stale && !ImGui::IsAnyItemActive()) {
    s.tornado.clear();
    scenario::ScenarioSpec spec = s.spec;
    spec.horizon_years = s.workshop.horizon_years();
    spec.as_of = s.workshop.baseline().as_of;
    auto bars = scenario::sensitivity(s.workshop.baseline(), spec, s.workshop.projection());
    if (bars.ok())
      for (const auto& b : bars.value()) {
        std::string label = b.label.empty() ? b.path : b.label;
        for (int i = 0; i < viewmodels::kWorkshopLeverCount; ++i)
          if (label == viewmodels::workshop_levers()[static_cast<size_t>(i)].key) label = tr(lever_phrase(i));
        s.tornado.push_back({label, static_cast<double>(b.low_diff), static_cast<double>(b.high_diff)});
      }
    s.tornado_stale = false;
  }
  if (s.tornado.empty())
    widgets::text_colored(theme::kMuted, tr(t::kNoLevers));
  else
    charts::draw_tornado("tornado", s.tornado);
}

}  // namespace

ScenarioState& scenario_state() {
  static ScenarioState state;
  return state;
}

void draw_scenarios(App& app) {
  ScenarioState& s = scenario_state();
  auto& session = app.session;
  if (s.built_generation != session.generation()) {
    const bool first = !s.workshop.is_open();
    if (first) {
      if (auto st = s.workshop.open(session.facts(), session.today()); !st.ok()) s.error = st.error().text();
      new_scenario(s);
      s.dirty = false;
    }
    load_stored(s, session.workspace().db());
    s.built_generation = session.generation();
  }
  const Presentation look = begin_presentation();
  page_title(tr(t::kWorkshopTitle), (std::string(tr(t::kAsOf)) + " " + format_danish_date(session.today())).c_str());
  if (ImGui::Button((std::string(tr(t::kExportCsv)) + "##export-csv").c_str()))
    download_text("scenarie.csv", "text/csv;charset=utf-8",
                  viewmodels::csv_text(
                      viewmodels::workshop_table(s.workshop.figures(), i18n::language() == i18n::Language::Danish)));
  ImGui::SameLine();
  if (ImGui::Button((std::string(tr(t::kExportPng)) + "##export-png").c_str()))
    download_png(s.chart_min, s.chart_max, "scenarie.png");
  ImGui::SameLine();
  ImGui::Checkbox((std::string(tr(t::kPresentation)) + "##present").c_str(), &presentation_mode());
  if (!s.error.empty()) widgets::text_colored(kDangerColour, s.error.c_str());

  const float left = look.on ? 420.0f : 340.0f;
  ImGui::BeginChild("##workshop-left", ImVec2(left, 0), false);
  scenario_list(app, s);
  ImGui::Spacing();
  levers(s);
  ImGui::EndChild();
  ImGui::SameLine(0, 24);
  ImGui::BeginChild("##workshop-right", ImVec2(0, 0), false);
  totals(s);
  ImGui::Spacing();
  chart(s, look.line_width);
  ImGui::Spacing();
  tornado(s);
  ImGui::EndChild();
  end_presentation(look);
}

}  // namespace overblik::app::views

#include "app/views/economy.h"

#include "app/app.h"
#include "app/charts/charts.h"
#include "app/i18n/steering_text.h"
#include "app/theme/theme.h"
#include "app/views/export.h"
#include "app/views/steering_parts.h"
#include "app/widgets/widgets.h"
#include "core/viewmodels/scenario_csv.h"

namespace overblik::app::views {

namespace t = steering_text;
using i18n::tr;

namespace {

void money_cell(Ore amount, const std::string& id, bool signed_colour = false) {
  ImGui::TableNextColumn();
  const ImU32 colour = signed_colour && amount > 0 ? kDangerColour : (signed_colour && amount < 0 ? theme::kGood : 0);
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
  right_aligned(format_millions(amount), id.c_str());
  if (colour) ImGui::PopStyleColor();
}

viewmodels::CsvTable economy_table(const viewmodels::EconomyView& v) {
  viewmodels::CsvTable rows{{tr(t::kColGroup), tr(t::kBudget), tr(t::kActual), tr(t::kForecast), tr(t::kColDeviation),
                             tr(t::kColQuantity), tr(t::kColPrice), tr(t::kColCause)}};
  for (const auto& r : v.rows)
    rows.push_back({tr(group_phrase(r.group)), viewmodels::csv_kroner(r.budget.corrected_budget),
                    viewmodels::csv_kroner(r.budget.actual), viewmodels::csv_kroner(r.budget.forecast),
                    viewmodels::csv_kroner(r.budget.deviation), viewmodels::csv_kroner(r.quantity_effect),
                    viewmodels::csv_kroner(r.price_effect), r.budget.deviation_cause});
  return rows;
}

}  // namespace

EconomyState& economy_state() {
  static EconomyState state;
  return state;
}

void draw_economy(App& app) {
  EconomyState& s = economy_state();
  auto& session = app.session;
  if (s.built_generation != session.generation() || !s.view) {
    s.view = viewmodels::build_economy(session.facts(), session.today());
    s.built_generation = session.generation();
    for (size_t g = 0; g < s.view->rows.size() && g < s.cause.size(); ++g)
      s.cause[g] = s.view->rows[g].budget.deviation_cause;
  }
  const viewmodels::EconomyView& v = *s.view;
  const Presentation look = begin_presentation();
  page_title((std::string(tr(t::kEconomyTitle)) + " " + std::to_string(v.year)).c_str(),
             (std::string(tr(t::kAsOf)) + " " + format_danish_date(v.as_of)).c_str());
  if (ImGui::Button((std::string(tr(t::kExportCsv)) + "##economy-csv").c_str()))
    download_text("budgetopfoelgning-" + std::to_string(v.year) + ".csv", "text/csv;charset=utf-8",
                  viewmodels::csv_text(economy_table(v)));
  ImGui::SameLine();
  ImGui::Checkbox((std::string(tr(t::kPresentation)) + "##present").c_str(), &presentation_mode());

  if (ImGui::BeginTable("##budget", 8, kTableFlags)) {
    ImGui::TableSetupColumn(tr(t::kColGroup), 0, 1.1f);
    for (const auto* p : {&t::kBudget, &t::kActual, &t::kForecast, &t::kColDeviation, &t::kColQuantity, &t::kColPrice})
      ImGui::TableSetupColumn(tr(*p), 0, 1.0f);
    ImGui::TableSetupColumn(tr(t::kColCause), 0, 2.6f);
    headers_row();
    for (size_t g = 0; g < v.rows.size(); ++g) {
      const auto& r = v.rows[g];
      ImGui::TableNextRow(0, 34);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      widgets::text(tr(group_phrase(r.group)));
      const std::string key = "-" + r.group_key;
      money_cell(r.budget.corrected_budget, "##budget" + key);
      money_cell(r.budget.actual, "##actual" + key);
      money_cell(r.budget.forecast, "##forecast" + key);
      money_cell(r.budget.deviation, "##deviation" + key, true);
      money_cell(r.quantity_effect, "##quantity" + key, true);
      money_cell(r.price_effect, "##price" + key, true);
      ImGui::TableNextColumn();
      const float save_w = ImGui::CalcTextSize(tr(t::kSaveCause)).x + 20;
      widgets::text_field(("##cause" + key).c_str(), s.cause[g], nullptr,
                          ImGui::GetContentRegionAvail().x - save_w - 6);
      ImGui::SameLine();
      const bool changed = s.cause[g] != r.budget.deviation_cause;
      ImGui::BeginDisabled(!changed);
      if (ImGui::Button((std::string(tr(t::kSaveCause)) + "##save-cause" + key).c_str())) {
        store::SetDeviationCause c{v.year, r.group_key, s.cause[g]};
        if (session.dispatch(c)) s.notice = tr(t::kCauseSaved);
      }
      ImGui::EndDisabled();
    }
    ImGui::TableNextRow(0, 34);
    ImGui::TableNextColumn();
    widgets::text_in(theme::fonts().bold, tr(t::kTotal));
    money_cell(v.total.corrected_budget, "##budget-total");
    money_cell(v.total.actual, "##actual-total");
    money_cell(v.total.forecast, "##forecast-total");
    money_cell(v.total.deviation, "##deviation-total", true);
    money_cell(v.total_quantity_effect, "##quantity-total", true);
    money_cell(v.total_price_effect, "##price-total", true);
    ImGui::TableNextColumn();
    ImGui::EndTable();
  }
  widgets::text_colored(theme::kMuted, tr(t::kEffectsNote));
  if (session.error()) widgets::text_colored(kDangerColour, session.error()->text().c_str());
  if (!s.notice.empty()) widgets::text_colored(theme::kGood, s.notice.c_str());

  ImGui::Spacing();
  section_title(tr(t::kBudgetChart));
  charts::Chart c;
  c.id = "budget-forecast";
  c.height = 260;
  c.line_width = look.line_width;
  charts::Series budget{tr(t::kBudget), {}, IM_COL32(156, 163, 175, 255), charts::Style::bars};
  charts::Series forecast{tr(t::kForecast), {}, theme::kAccent, charts::Style::bars};
  for (const auto& r : v.rows) {
    c.x_labels.push_back(tr(group_phrase(r.group)));
    budget.values.push_back(static_cast<double>(r.budget.corrected_budget));
    forecast.values.push_back(static_cast<double>(r.budget.forecast));
  }
  c.series = {budget, forecast};
  charts::draw(c);
  charts::legend(c);
  end_presentation(look);
}

}  // namespace overblik::app::views

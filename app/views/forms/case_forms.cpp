#include "app/views/forms/case_forms.h"

#include "app/app.h"
#include "app/i18n/casework_text.h"
#include "app/theme/theme.h"
#include "app/views/case_page_format.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views::forms {

namespace t = casework_text;
using i18n::tr;

namespace {

constexpr const char* kUnits[] = {"day", "month", "year"};

// Applies the command; on a rejected command files its located error under the form's fields.
bool submit(App& app, const store::Command& command, FormErrors& errors, const std::vector<std::string>& fields) {
  if (app.session.dispatch(command)) return true;
  if (app.session.error()) errors.take(*app.session.error(), fields);
  app.session.clear_error();
  return false;
}

void general_error(const FormErrors& errors) {
  if (!errors.general.empty()) widgets::text_colored(kDanger, errors.general.c_str());
}

}  // namespace

void open_follow_up(FollowUpForm& f, const std::string& case_id, Day today) {
  f = {};
  f.open_request = true;
  f.case_id = case_id;
  f.done = format_danish_date(today);
  f.next = format_danish_date(add_months(today, 6));
}

void open_start_measure(StartMeasureForm& f, const std::string& case_id, Day today) {
  f = {};
  f.open_request = true;
  f.case_id = case_id;
  f.start = format_danish_date(today);
  f.planned_stop = format_danish_date(add_months(today, 12));
}

void open_stop_measure(StopMeasureForm& f, const std::string& measure_id, const std::string& name, Day today) {
  f = {};
  f.open_request = true;
  f.measure_id = measure_id;
  f.measure_name = name;
  f.end = format_danish_date(today);
}

void open_reassign(ReassignForm& f, const std::string& case_id, const std::string& child) {
  f = {};
  f.open_request = true;
  f.case_id = case_id;
  f.child = child;
}

bool draw_follow_up(App& app, FollowUpForm& f) {
  if (!begin(tr(t::kRecordFollowUp), "form-follow-up", f.open_request)) return false;
  const bool appearing = ImGui::IsWindowAppearing();
  field(tr(t::kDate), "##fu-done", f.done, f.errors, "done", tr(t::kDateHint), 160, appearing);
  field(tr(t::kProgress), "##fu-score", f.score, f.errors, "progress_score", "1-10", 160);
  field(tr(t::kNextDate), "##fu-next", f.next, f.errors, "next_due", tr(t::kDateHint), 160);
  field(tr(t::kNote), "##fu-note", f.note, f.errors, "note", nullptr, 420);
  general_error(f.errors);
  bool applied = false;
  if (buttons("follow-up") == Outcome::save) {
    f.errors.clear();
    auto done = parse_date(f.done, f.errors, "done", true);
    auto score = parse_int(f.score, 1, 10, f.errors, "progress_score", false);
    auto next = parse_date(f.next, f.errors, "next_due", false);
    if (!f.errors.any()) {
      store::RecordFollowUp cmd;
      cmd.case_id = f.case_id;
      cmd.done = *done;
      cmd.progress_score = score;
      cmd.next_due = next;
      cmd.note = f.note;
      applied = submit(app, cmd, f.errors, {"done", "progress_score", "next_due", "note"});
      if (applied) close();
    }
  }
  end();
  return applied;
}

bool draw_start_measure(App& app, StartMeasureForm& f) {
  if (!begin(tr(t::kStartMeasure), "form-start-measure", f.open_request)) return false;
  const auto& facts = app.session.facts();
  const bool english = i18n::language() == i18n::Language::English;
  std::vector<std::string> types, providers{tr(t::kNoProvider)};
  for (size_t i = 0; i < facts.types.dim.size(); ++i)
    types.push_back((english ? facts.types.name_en[i] : facts.types.dim.name[i]) + " (" + tr(t::kColStep) + " " +
                    std::to_string(facts.types.ladder_step[i]) + ")");
  for (size_t i = 0; i < facts.providers.size(); ++i) providers.push_back(facts.providers.name[i]);
  choice(tr(t::kMeasureType), "##sm-type", f.type, types, f.errors, "type_id", 380);
  choice(tr(t::kProvider), "##sm-provider", f.provider, providers, f.errors, "provider_id", 380);
  field(tr(t::kStartDate), "##sm-start", f.start, f.errors, "start", tr(t::kDateHint), 160);
  ImGui::SameLine(0, 24);
  ImGui::BeginGroup();
  field(tr(t::kPlannedStop), "##sm-stop", f.planned_stop, f.errors, "planned_stop", tr(t::kDateHint), 160);
  ImGui::EndGroup();
  field(tr(t::kPrice), "##sm-price", f.price, f.errors, "price_ore", "1.234,50", 160);
  std::vector<std::string> units{tr(t::kUnitDay), tr(t::kUnitMonth), tr(t::kUnitYear)};
  choice(tr(t::kUnit), "##sm-unit", f.unit, units, f.errors, "price_unit", 160);
  general_error(f.errors);
  bool applied = false;
  if (buttons("start-measure") == Outcome::save) {
    f.errors.clear();
    if (f.type < 0) f.errors.field["type_id"] = tr(t::kErrRequired);
    auto start = parse_date(f.start, f.errors, "start", true);
    auto stop = parse_date(f.planned_stop, f.errors, "planned_stop", false);
    auto price = parse_price(f.price, f.errors, "price_ore");
    if (!f.errors.any()) {
      store::StartMeasure cmd;
      cmd.case_id = f.case_id;
      cmd.type_id = facts.types.dim.id[static_cast<size_t>(f.type)];
      cmd.start = *start;
      cmd.planned_stop = stop;
      cmd.price_ore = *price;
      cmd.price_unit = kUnits[f.unit];
      cmd.price_level_year = civil_from_day(*start).year;
      if (f.provider > 0) cmd.provider_id = facts.providers.id[static_cast<size_t>(f.provider - 1)];
      applied =
          submit(app, cmd, f.errors, {"type_id", "provider_id", "start", "planned_stop", "price_ore", "price_unit"});
      if (applied) close();
    }
  }
  end();
  return applied;
}

bool draw_stop_measure(App& app, StopMeasureForm& f) {
  if (!begin(tr(t::kStopMeasure), "form-stop-measure", f.open_request)) return false;
  widgets::text(f.measure_name.c_str());
  field(tr(t::kEndDate), "##stop-end", f.end, f.errors, "end", tr(t::kDateHint), 160, ImGui::IsWindowAppearing());
  general_error(f.errors);
  bool applied = false;
  if (buttons("stop-measure") == Outcome::save) {
    f.errors.clear();
    auto end_day = parse_date(f.end, f.errors, "end", true);
    if (!f.errors.any()) {
      applied = submit(app, store::StopMeasure{f.measure_id, *end_day}, f.errors, {"end"});
      if (applied) close();
    }
  }
  end();
  return applied;
}

bool draw_reassign(App& app, ReassignForm& f) {
  if (!begin(tr(t::kReassign), "form-reassign", f.open_request)) return false;
  widgets::text(f.child.c_str());
  const auto& people = app.session.index().caseworkers();
  std::vector<std::string> names;
  for (const auto& p : people) names.push_back(p.name);
  choice(tr(t::kNewCaseworker), "##ra-to", f.caseworker, names, f.errors, "caseworker_id", 320);
  general_error(f.errors);
  bool applied = false;
  if (buttons("reassign") == Outcome::save) {
    f.errors.clear();
    if (f.caseworker < 0 || f.caseworker >= static_cast<int>(people.size())) {
      f.errors.field["caseworker_id"] = tr(t::kErrRequired);
    } else {
      applied = submit(app, store::AssignCase{f.case_id, people[static_cast<size_t>(f.caseworker)].id}, f.errors,
                       {"caseworker_id", "case_id"});
      if (applied) close();
    }
  }
  end();
  return applied;
}

}  // namespace overblik::app::views::forms

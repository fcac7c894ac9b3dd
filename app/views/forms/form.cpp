#include "app/views/forms/form.h"

#include <algorithm>

#include "app/automation/automation.h"
#include "app/i18n/casework_text.h"
#include "app/theme/theme.h"
#include "app/views/case_page_format.h"
#include "app/views/forms/error_text.h"
#include "app/widgets/widgets.h"

namespace overblik::app::views::forms {

namespace t = casework_text;
using i18n::tr;

const std::string* FormErrors::of(const std::string& name) const {
  auto it = field.find(name);
  return it == field.end() ? nullptr : &it->second;
}

void FormErrors::take(const Error& error, const std::vector<std::string>& fields) {
  const auto dot = error.where.rfind('.');
  const std::string name = dot == std::string::npos ? error.where : error.where.substr(dot + 1);
  const std::string message = rejected_text(error);
  if (std::find(fields.begin(), fields.end(), name) != fields.end())
    field[name] = message;
  else
    general = message;
}

bool begin(const char* title, const char* id, bool& open_request) {
  std::string name = std::string(title) + "###" + id;
  if (open_request) {
    ImGui::OpenPopup(name.c_str());
    open_request = false;
  }
  const ImGuiViewport& vp = *ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp.Pos.x + vp.Size.x * 0.5f, vp.Pos.y + vp.Size.y * 0.42f), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 20));
  const bool shown = ImGui::BeginPopupModal(
      name.c_str(), nullptr,
      ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar);
  ImGui::PopStyleVar();
  if (shown) {
    ImGui::PushFont(theme::fonts().heading);
    widgets::text(title);
    ImGui::PopFont();
    widgets::text_colored(theme::kMuted, tr(t::kFormKeys));
    ImGui::Dummy(ImVec2(0, 2));
  }
  return shown;
}

Outcome buttons(const char* id_suffix) {
  ImGui::Dummy(ImVec2(0, 4));
  Outcome outcome = Outcome::none;
  const std::string save = std::string(tr(t::kSave)) + "##save-" + id_suffix;
  const std::string cancel = std::string(tr(t::kCancel)) + "##cancel-" + id_suffix;
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(29, 78, 216, 255));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(30, 64, 175, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kSurface);
  if (ImGui::Button(save.c_str(), ImVec2(110, 0))) outcome = Outcome::save;
  ImGui::PopStyleColor(4);
  ImGui::SameLine();
  if (ImGui::Button(cancel.c_str(), ImVec2(110, 0))) outcome = Outcome::cancel;
  // Keyboard: Enter saves, Escape cancels (also while a field has the caret).
  if (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))
    outcome = Outcome::save;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) outcome = Outcome::cancel;
  if (outcome == Outcome::cancel) ImGui::CloseCurrentPopup();
  return outcome;
}

void end() {
  ImGui::EndPopup();
}

void close() {
  ImGui::CloseCurrentPopup();
}

namespace {
void error_below(const FormErrors& errors, const char* key) {
  if (const std::string* e = key ? errors.of(key) : nullptr) widgets::text_colored(kDanger, e->c_str());
}
}  // namespace

void field(const char* label, const char* id, std::string& value, const FormErrors& errors, const char* key,
           const char* hint, float width, bool focus) {
  widgets::text_in(theme::fonts().bold, label);
  if (focus) ImGui::SetKeyboardFocusHere();
  const std::string* error = key ? errors.of(key) : nullptr;
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, kDanger);
  widgets::text_field(id, value, hint, width);
  if (error) ImGui::PopStyleColor();
  error_below(errors, key);
}

void choice(const char* label, const char* id, int& selected, const std::vector<std::string>& options,
            const FormErrors& errors, const char* key, float width) {
  widgets::text_in(theme::fonts().bold, label);
  ImGui::SetNextItemWidth(width);
  const char* preview =
      selected >= 0 && selected < static_cast<int>(options.size()) ? options[selected].c_str() : tr(t::kChoose);
  if (ImGui::BeginCombo(id, preview, ImGuiComboFlags_HeightLarge)) {
    for (int i = 0; i < static_cast<int>(options.size()); ++i) {
      const std::string item = options[static_cast<size_t>(i)] + id + "-" + std::to_string(i);
      if (ImGui::Selectable(item.c_str(), i == selected)) selected = i;
    }
    ImGui::EndCombo();
  }
  automation::note_label(std::string(preview) + id);
  automation::note_value(preview);
  error_below(errors, key);
}

std::optional<Day> parse_date(const std::string& text, FormErrors& errors, const char* key, bool required) {
  if (text.find_first_not_of(' ') == std::string::npos) {
    if (required) errors.field[key] = tr(t::kErrRequired);
    return std::nullopt;
  }
  auto day = parse_danish_date(text);
  if (!day) {
    errors.field[key] = tr(t::kErrDate);
    return std::nullopt;
  }
  return day.value();
}

std::optional<int> parse_int(const std::string& text, int lo, int hi, FormErrors& errors, const char* key,
                             bool required) {
  std::string s = text;
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  if (s.empty()) {
    if (required) errors.field[key] = tr(t::kErrRequired);
    return std::nullopt;
  }
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > 100000) {
      errors.field[key] = tr(t::kErrScore);
      return std::nullopt;
    }
    v = v * 10 + (c - '0');
  }
  if (v < lo || v > hi) {
    errors.field[key] = tr(t::kErrScore);
    return std::nullopt;
  }
  return v;
}

std::optional<Ore> parse_price(const std::string& text, FormErrors& errors, const char* key) {
  auto v = parse_kroner(text);
  if (!v) {
    errors.field[key] = tr(t::kErrPrice);
    return std::nullopt;
  }
  return v.value();
}

}  // namespace overblik::app::views::forms

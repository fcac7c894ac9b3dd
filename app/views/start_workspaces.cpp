// The start view's "Arbejdsområder" (issue 6): the workspaces this browser holds, each with open, rename
// (inline), delete (after a confirmation dialog) and SQLite export; the open one also as a JSON snapshot;
// import of a snapshot or SQLite file as a new workspace. The IndexedDB work is asynchronous (wasm/persist).
#include <cctype>

#include "app/app.h"
#include "app/i18n/workspace_text.h"
#include "app/theme/theme.h"
#include "app/views/case_page_format.h"
#include "app/views/export.h"
#include "app/views/start.h"
#include "app/widgets/widgets.h"
#include "core/sync/snapshot.h"
#include "wasm/persist/app_link.h"
#include "wasm/persist/storage.h"
#include "wasm/persist/workspaces.h"

namespace overblik::app::views {

namespace t = workspace_text;
using i18n::tr;

namespace {

std::string label(const i18n::Phrase& phrase, const std::string& id) {
  return std::string(tr(phrase)) + "##" + id;
}

// A file name from a workspace name: letters, digits and dashes only (Danish letters kept).
std::string file_stem(const std::string& name) {
  std::string stem;
  for (unsigned char c : name) stem += (c >= 0x80 || std::isalnum(c)) ? static_cast<char>(c) : '-';
  return stem.empty() ? "arbejdsomraade" : stem;
}

void export_json(App& app, const std::string& name) {
  auto json = sync::export_snapshot(app.session.workspace().db());
  if (!json) return show_workspace_notice(app.start, json.error().text(), true);
  download_text(file_stem(name) + ".json", "application/json", json.value());
}

void row(App& app, const persist::WorkspaceEntry& w) {
  StartState& s = app.start;
  ImGui::PushID(w.id.c_str());
  if (s.renaming == w.id) {
    widgets::text_field("##ws-name", s.new_name, nullptr, 260.0f);
    ImGui::SameLine();
    if (ImGui::Button(label(t::kSaveName, "ws-save-name").c_str())) {
      persist::rename_workspace(w.id, s.new_name);
      s.renaming.clear();
    }
    ImGui::SameLine();
    if (ImGui::Button(label(t::kCancel, "ws-cancel-name").c_str())) s.renaming.clear();
  } else {
    widgets::text_in(theme::fonts().bold, w.name.c_str());
    if (w.demo) {
      ImGui::SameLine();
      widgets::text_colored(theme::kMuted, tr(t::kDemoTag));
    }
    if (w.active) {
      ImGui::SameLine();
      widgets::text_colored(theme::kAccent, tr(t::kActiveTag));
    }
  }
  // The actions, aligned to a column; ids carry the workspace's name so tests find them by it.
  ImGui::SameLine(360.0f);
  const std::string key = "-" + w.name;
  ImGui::BeginDisabled(w.active);
  if (ImGui::Button(label(t::kOpenWorkspace, "ws-open" + key).c_str())) persist::switch_workspace(w.id);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(label(t::kRename, "ws-rename" + key).c_str())) {
    s.renaming = w.id;
    s.new_name = w.name;
  }
  ImGui::SameLine();
  if (ImGui::Button(label(t::kDelete, "ws-delete" + key).c_str())) s.deleting = w.id;
  ImGui::SameLine();
  if (ImGui::Button(label(t::kExportRaw, "ws-export-raw" + key).c_str())) persist::export_raw(w.id, file_stem(w.name));
  if (w.active && app.session.is_open() && app.session.persistent()) {
    ImGui::SameLine();
    if (ImGui::Button(label(t::kExportJson, "ws-export-json" + key).c_str())) export_json(app, w.name);
  }
  ImGui::PopID();
}

void confirm_delete(App& app, const std::vector<persist::WorkspaceEntry>& list) {
  StartState& s = app.start;
  if (s.deleting.empty()) return;
  const char* name = "##confirm-delete-workspace";
  if (!ImGui::IsPopupOpen(name)) ImGui::OpenPopup(name);
  const ImGuiViewport& vp = *ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp.Pos.x + vp.Size.x * 0.5f, vp.Pos.y + vp.Size.y * 0.42f), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 20));
  const bool shown = ImGui::BeginPopupModal(
      name, nullptr,
      ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar);
  ImGui::PopStyleVar();
  if (!shown) return;
  std::string which;
  for (const auto& w : list)
    if (w.id == s.deleting) which = w.name;
  widgets::text_in(theme::fonts().heading, tr(t::kConfirmDelete));
  widgets::text(which.c_str());
  widgets::text_colored(theme::kMuted, tr(t::kConfirmDeleteBody));
  ImGui::Dummy(ImVec2(0, 4));
  ImGui::PushStyleColor(ImGuiCol_Button, kDanger);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kSurface);
  const bool yes = ImGui::Button(label(t::kDelete, "ws-confirm-delete").c_str());
  ImGui::PopStyleColor(2);
  ImGui::SameLine();
  const bool no = ImGui::Button(label(t::kCancel, "ws-cancel-delete").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape);
  if (yes) persist::delete_workspace(s.deleting);
  if (yes || no) {
    s.deleting.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// "Lager i browseren: 21,3 MB brugt af 1.024,0 MB · varigt lager …" (navigator.storage.estimate/persisted).
void storage_line() {
  const std::string& id = persist::app_workspace_id();
  if (id.empty()) return;
  const persist::SaveStatus st = persist::save_status(id);
  if (st.quota <= 0) return;
  const double mb = 1024.0 * 1024.0;
  const std::string text = std::string(tr(t::kStorageUse)) + ": " + decimal_text(st.usage / mb, 1) + " MB " +
                           tr(t::kStorageOf) + " " + decimal_text(st.quota / mb, 1) + " MB · " +
                           tr(st.persisted ? t::kPersisted : t::kNotPersisted);
  widgets::text_colored(st.persisted ? theme::kMuted : theme::kWarn, text.c_str());
}

}  // namespace

void show_workspace_notice(StartState& start, std::string text, bool is_error) {
  start.notice = std::move(text);
  start.notice_is_error = is_error;
}

void draw_workspaces(App& app) {
  ImGui::Dummy(ImVec2(0, 12));
  widgets::text_in(theme::fonts().heading, tr(t::kWorkspaces));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 720.0f);
  widgets::text_colored(theme::kMuted, tr(t::kWorkspacesBody));
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 4));
  auto list = persist::workspace_list();
  if (!list) {
    widgets::text_colored(theme::kMuted, tr(t::kLoadingList));
  } else {
    for (const auto& w : *list) row(app, w);
    confirm_delete(app, *list);
  }
  ImGui::Dummy(ImVec2(0, 4));
  if (ImGui::Button(label(t::kImport, "ws-import").c_str())) persist::pick_import_file();
  ImGui::SameLine();
  widgets::text_colored(theme::kMuted, tr(t::kImportHint));
  storage_line();
  if (!app.start.notice.empty())
    widgets::text_colored(app.start.notice_is_error ? kDanger : theme::kGood, app.start.notice.c_str());
}

}  // namespace overblik::app::views

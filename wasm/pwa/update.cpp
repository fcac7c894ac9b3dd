#include "wasm/pwa/update.h"

#include <string>

#include "app/i18n/i18n.h"
#include "app/theme/theme.h"
#include "imgui.h"

extern "C" {
// wasm/js/library_pwa.js
void overblik_js_pwa_init();
int overblik_js_pwa_update_ready();
void overblik_js_pwa_apply();
}

namespace overblik::pwa {

namespace {
using app::i18n::Phrase;
using app::i18n::tr;
constexpr Phrase kReady{"Ny version klar", "New version ready"};
constexpr Phrase kApply{"Opdatér", "Update"};
constexpr Phrase kWaitingForSave{"Gemmer først …", "Saving first …"};

bool requested = false;  // the person pressed "Opdatér"; applied as soon as everything is saved
bool applied = false;
}  // namespace

void start_updates() {
  overblik_js_pwa_init();
}

void draw_update_notice(app::App& app) {
  if (!overblik_js_pwa_update_ready()) return;
  if (requested && !applied) {
    if (app.save_state == app::SaveState::Saved) {
      applied = true;
      overblik_js_pwa_apply();  // the page reloads once the new worker controls it
    } else {
      app.host.wake_after(0.25);  // look again: the save state changes without input
    }
  }
  const ImGuiViewport& viewport = *ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport.Pos.x + viewport.Size.x - 16.0f,
                                 viewport.Pos.y + viewport.Size.y - app::theme::kStatusBarHeight - 12.0f),
                          ImGuiCond_Always, ImVec2(1.0f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, app::theme::kSurface);
  ImGui::PushStyleColor(ImGuiCol_Border, app::theme::kAccent);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::Begin("##pwa-update-notice", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kReady));
  ImGui::SameLine(0, 12);
  if (requested) {
    ImGui::TextDisabled("%s", tr(kWaitingForSave));
  } else if (ImGui::Button((std::string(tr(kApply)) + "##pwa-update").c_str())) {
    requested = true;
    app.host.wake_after(0.0);
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}

}  // namespace overblik::pwa

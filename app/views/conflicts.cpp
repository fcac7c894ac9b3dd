#include "app/views/conflicts.h"

#include <cstdio>
#include <ctime>

#include "app/i18n/i18n.h"
#include "imgui.h"

namespace overblik::app::views {

namespace {
using i18n::Phrase;
using i18n::tr;
constexpr Phrase kTitle{"Konflikter", "Conflicts"};
constexpr Phrase kNone{"Ingen konflikter.", "No conflicts."};
constexpr Phrase kMine{"Min værdi", "My value"};
constexpr Phrase kTheirs{"Deres værdi", "Their value"};
constexpr Phrase kKeepMine{"Behold min", "Keep mine"};
constexpr Phrase kUseTheirs{"Brug deres", "Use theirs"};
constexpr Phrase kSaveEdited{"Gem redigeret", "Save edited"};
constexpr Phrase kBy{"af", "by"};

// "dd-mm-åååå tt:mm" of a stamp's wall time; the stamp text itself when it does not parse.
std::string when(const std::string& hlc) {
  auto stamp = parse_hlc(hlc);
  if (!stamp) return hlc;
  const std::time_t t = static_cast<std::time_t>(stamp.value().wall_ms / 1000);
  char text[32] = {};
  std::strftime(text, sizeof text, "%d-%m-%Y %H:%M", std::localtime(&t));
  return text;
}

std::string label(const Phrase& phrase, const std::string& id) {
  return std::string(tr(phrase)) + "##" + id;
}

void resolve(ConflictsState& state, store::Database& db, const sync::Conflict& c, const std::string& value,
             HlcClock& clock, int64_t now_ms, const std::string& device) {
  const Status done = sync::resolve_conflict(db, c.id, value, clock.tick(now_ms), device);
  state.error = done ? "" : done.error().message;
  state.stale = true;
}

void draw_one(ConflictsState& state, store::Database& db, const sync::Conflict& c, HlcClock& clock, int64_t now_ms,
              const std::string& device) {
  const std::string id = "conflict-" + c.id;
  ImGui::PushID(c.id.c_str());
  ImGui::Separator();
  ImGui::Text("%s · %s · %s", c.entity.c_str(), c.entity_id.c_str(), c.field.c_str());
  ImGui::Text("%s: %s (%s %s, %s)", tr(kMine), c.local_value.c_str(), tr(kBy), c.local_device.c_str(),
              when(c.local_hlc).c_str());
  ImGui::Text("%s: %s (%s %s, %s)", tr(kTheirs), c.remote_value.c_str(), tr(kBy), c.remote_device.c_str(),
              when(c.remote_hlc).c_str());
  if (ImGui::Button(label(kKeepMine, id + "-mine").c_str()))
    resolve(state, db, c, c.local_value, clock, now_ms, device);
  ImGui::SameLine();
  if (ImGui::Button(label(kUseTheirs, id + "-theirs").c_str()))
    resolve(state, db, c, c.remote_value, clock, now_ms, device);
  auto [edit, fresh] = state.edits.try_emplace(c.id, c.local_value);
  (void)fresh;
  char buffer[1024];
  std::snprintf(buffer, sizeof buffer, "%s", edit->second.c_str());
  ImGui::SetNextItemWidth(280.0f);
  if (ImGui::InputText(("##" + id + "-edit").c_str(), buffer, sizeof buffer)) edit->second = buffer;
  ImGui::SameLine();
  if (ImGui::Button(label(kSaveEdited, id + "-save").c_str()))
    resolve(state, db, c, edit->second, clock, now_ms, device);
  ImGui::PopID();
}
}  // namespace

void draw_conflicts(ConflictsState& state, store::Database& db, HlcClock& clock, int64_t now_ms,
                    const std::string& device) {
  if (!state.open) return;
  if (state.stale) {
    state.stale = false;
    auto listed = sync::list_conflicts(db);
    if (listed) {
      state.items = std::move(listed).value();
    } else {
      state.error = listed.error().message;
    }
  }
  ImGui::SetNextWindowSize(ImVec2(640, 420), ImGuiCond_Appearing);
  if (!ImGui::Begin((std::string(tr(kTitle)) + "###conflicts-window").c_str(), &state.open,
                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  if (!state.error.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1.0f), "%s", state.error.c_str());
  if (state.items.empty()) ImGui::TextUnformatted(tr(kNone));
  // A copy: resolving marks the list stale, and it is reloaded on the next frame.
  const std::vector<sync::Conflict> items = state.items;
  for (const sync::Conflict& c : items) draw_one(state, db, c, clock, now_ms, device);
  ImGui::End();
}

}  // namespace overblik::app::views

#include "app/views/conflicts.h"

#include <algorithm>
#include <ctime>
#include <iterator>
#include <string_view>

#include "app/i18n/i18n.h"
#include "app/views/case_page_format.h"
#include "app/widgets/widgets.h"
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

// A value as a person reads it: dates (day numbers in the date columns) as dd-mm-åååå, text without quotes.
std::string shown(const std::string& field, const std::string& value_json) {
  static constexpr std::string_view kDateFields[] = {"start",  "end",    "planned_stop", "done",    "next_due",
                                                     "opened", "closed", "received",     "decided", "due"};
  const bool date_field = std::find(std::begin(kDateFields), std::end(kDateFields), field) != std::end(kDateFields);
  if (date_field && !value_json.empty() && value_json.find_first_not_of("0123456789") == std::string::npos &&
      value_json.size() < 8)
    return date_text(static_cast<Day>(std::stoi(value_json)));
  if (value_json.size() >= 2 && value_json.front() == '"' && value_json.back() == '"')
    return value_json.substr(1, value_json.size() - 2);
  return value_json;
}

std::string label(const Phrase& phrase, const std::string& id) {
  return std::string(tr(phrase)) + "##" + id;
}

bool resolve(ConflictsState& state, store::Database& db, const sync::Conflict& c, const std::string& value,
             const std::function<Hlc()>& stamp, const std::string& device) {
  const Status done = sync::resolve_conflict(db, c.id, value, stamp(), device);
  state.error = done ? "" : done.error().message;
  state.stale = true;
  return done.ok();
}

// One conflict: what and where, both values with who and when, and the three ways to settle it.
bool draw_one(ConflictsState& state, store::Database& db, const sync::Conflict& c, const std::function<Hlc()>& stamp,
              const std::string& device) {
  const std::string id = "conflict-" + c.id;
  ImGui::PushID(c.id.c_str());
  ImGui::Separator();
  widgets::text((c.entity + " · " + c.entity_id + " · " + c.field).c_str());
  const auto side = [&](const Phrase& whose, const std::string& value, const std::string& dev, const std::string& hlc) {
    const std::string line =
        std::string(tr(whose)) + ": " + shown(c.field, value) + " (" + tr(kBy) + " " + dev + ", " + when(hlc) + ")";
    widgets::text(line.c_str());
  };
  side(kMine, c.local_value, c.local_device, c.local_hlc);
  side(kTheirs, c.remote_value, c.remote_device, c.remote_hlc);
  bool resolved = false;
  if (ImGui::Button(label(kKeepMine, id + "-mine").c_str()))
    resolved = resolve(state, db, c, c.local_value, stamp, device);
  ImGui::SameLine();
  if (ImGui::Button(label(kUseTheirs, id + "-theirs").c_str()))
    resolved = resolve(state, db, c, c.remote_value, stamp, device);
  auto edit = state.edits.try_emplace(c.id, c.local_value).first;
  widgets::text_field(("##" + id + "-edit").c_str(), edit->second, nullptr, 280.0f);
  ImGui::SameLine();
  if (ImGui::Button(label(kSaveEdited, id + "-save").c_str()))
    resolved = resolve(state, db, c, edit->second, stamp, device);
  ImGui::PopID();
  return resolved;
}
}  // namespace

bool draw_conflicts(ConflictsState& state, store::Database& db, const std::function<Hlc()>& stamp,
                    const std::string& device) {
  if (!state.open) return false;
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
    return false;
  }
  if (!state.error.empty()) widgets::text_colored(kDanger, state.error.c_str());
  if (state.items.empty()) widgets::text(tr(kNone));
  // A copy: resolving marks the list stale, and it is reloaded on the next frame.
  const std::vector<sync::Conflict> items = state.items;
  bool resolved = false;
  for (const sync::Conflict& c : items) resolved = draw_one(state, db, c, stamp, device) || resolved;
  ImGui::End();
  return resolved;
}

}  // namespace overblik::app::views

#include "app/views/conflicts.h"

#include <ctime>

#include "app/i18n/casework_text.h"
#include "app/i18n/i18n.h"
#include "app/views/case_page_format.h"
#include "app/views/forms/error_text.h"
#include "app/widgets/widgets.h"
#include "core/sync/conflict_values.h"
#include "core/sync/table_io.h"
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

constexpr Phrase kDeleted{"slettet", "deleted"};
constexpr Phrase kKept{"beholdt", "kept"};
constexpr Phrase kErrNumber{"Skriv et tal, fx 0,5.", "Enter a number, e.g. 0,5."};

// How a person reads and types one conflict's field (from the live schema); text when the table is unknown.
ConflictsState::Field field_of(store::Database& db, const sync::Conflict& c) {
  ConflictsState::Field f;
  auto table = sync::table_info(db, c.entity);
  if (!table) return f;
  const int col = table.value().column_index(c.field);
  if (col < 0) return f;
  const sync::ColumnInfo& info = table.value().columns[col];
  return {sync::field_kind(c.field, info.type), !info.not_null};
}

// An edit-against-delete conflict's values are the tombstone flag: said in words.
std::string shown(const sync::Conflict& c, const ConflictsState::Field& f, const std::string& value_json) {
  if (c.kind == "edit_vs_delete") return tr(value_json == "1" ? kDeleted : kKept);
  return sync::value_text(f.kind, value_json);
}

// What was wrong with a typed value, in the words the case forms use for the same kind of field.
std::string typed_error(const Error& e, sync::FieldKind kind) {
  namespace t = casework_text;
  if (e.message == "must not be empty") return tr(t::kErrRequired);
  switch (kind) {
    case sync::FieldKind::date:
      return tr(t::kErrDate);
    case sync::FieldKind::money:
      return tr(t::kErrPrice);
    case sync::FieldKind::milli:
    case sync::FieldKind::integer:
      return tr(kErrNumber);
    case sync::FieldKind::text:
      break;
  }
  return forms::error_words(e);
}

std::string label(const Phrase& phrase, const std::string& id) {
  return std::string(tr(phrase)) + "##" + id;
}

bool resolve(ConflictsState& state, store::Database& db, const sync::Conflict& c, const std::string& value,
             const std::function<Hlc()>& stamp, const std::string& device) {
  const Status done = sync::resolve_conflict(db, c.id, value, stamp(), device);
  state.error = done ? "" : c.entity + "." + c.field + ": " + forms::rejected_text(done.error());
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
  const ConflictsState::Field& f = state.fields[c.id];
  const auto side = [&](const Phrase& whose, const std::string& value, const std::string& dev, const std::string& hlc) {
    const std::string line =
        std::string(tr(whose)) + ": " + shown(c, f, value) + " (" + tr(kBy) + " " + dev + ", " + when(hlc) + ")";
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
  // Keeping or dropping a row has no third value to type.
  if (c.kind != "edit_vs_delete") {
    auto edit = state.edits.try_emplace(c.id, sync::value_text(f.kind, c.local_value)).first;
    widgets::text_field(("##" + id + "-edit").c_str(), edit->second, nullptr, 280.0f);
    ImGui::SameLine();
    if (ImGui::Button(label(kSaveEdited, id + "-save").c_str())) {
      auto typed = sync::value_json_from_text(f.kind, f.nullable, edit->second, c.entity + "." + c.field);
      if (typed)
        resolved = resolve(state, db, c, typed.value(), stamp, device);
      else
        state.error = typed.error().where + ": " + typed_error(typed.error(), f.kind);
    }
  }
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
      state.fields.clear();
      for (const sync::Conflict& c : state.items) state.fields[c.id] = field_of(db, c);
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

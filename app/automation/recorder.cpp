// The recorder behind automation.h and the imgui test-engine hooks it implements.
#include "app/automation/automation.h"
#include "imgui_internal.h"

namespace overblik::app::automation {

namespace {
// ImGui's hooks are free functions without user data, so the recorder is module state like ImGui's own context.
struct Recorder {
  bool on = false;
  std::vector<Item> building;
  std::vector<Item> published;
};
Recorder recorder;

Item* find_building(ImGuiID id) {
  // ItemInfo follows its ItemAdd closely: search from the end.
  for (auto it = recorder.building.rbegin(); it != recorder.building.rend(); ++it)
    if (it->id == id) return &*it;
  return nullptr;
}

void clip_to_window(Item& item) {
  const ImGuiWindow* window = GImGui->CurrentWindow;
  ImRect clipped(item.min, item.max);
  if (window) clipped.ClipWithFull(window->ClipRect);
  item.clip_min = clipped.Min;
  item.clip_max = clipped.Max;
}
}  // namespace

void enable(bool on) {
  recorder.on = on;
  if (GImGui) GImGui->TestEngineHookItems = on;
}

bool enabled() {
  return recorder.on;
}

void begin_frame() {
  recorder.building.clear();
}

void end_frame() {
  if (recorder.on) recorder.published.swap(recorder.building);
}

const std::vector<Item>& items() {
  return recorder.published;
}

void note_value(std::string_view value) {
  if (!recorder.on) return;
  if (Item* item = find_building(GImGui->LastItemData.ID)) {
    item->has_value = true;
    item->value.assign(value);
  }
}

void note_checked(bool checked) {
  if (!recorder.on) return;
  if (Item* item = find_building(GImGui->LastItemData.ID)) {
    item->status |= ImGuiItemStatusFlags_Checkable;
    if (checked) item->status |= ImGuiItemStatusFlags_Checked;
  }
}

void note_label(std::string_view label) {
  if (!recorder.on) return;
  if (Item* item = find_building(GImGui->LastItemData.ID)) {
    item->label.assign(label);
    item->status |= GImGui->LastItemData.StatusFlags;
  }
}

void note_text(std::string_view text, ImVec2 min, ImVec2 max) {
  if (!recorder.on) return;
  Item item;
  item.id = ImGui::GetID(text.data(), text.data() + text.size());
  item.label.assign(text);
  item.min = min;
  item.max = max;
  item.text = true;
  clip_to_window(item);
  if (item.clip_max.x > item.clip_min.x && item.clip_max.y > item.clip_min.y)
    item.status |= ImGuiItemStatusFlags_Visible;
  recorder.building.push_back(std::move(item));
}

std::string_view visible_label(std::string_view label) {
  const auto hash = label.find("##");
  return hash == std::string_view::npos ? label : label.substr(0, hash);
}

}  // namespace overblik::app::automation

// --- the hooks imgui 1.90.1 declares in imgui_internal.h under IMGUI_ENABLE_TEST_ENGINE ----------------
using overblik::app::automation::Item;
using overblik::app::automation::recorder;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  if (!recorder.on) return;
  Item item;
  item.id = id;
  item.min = bb.Min;
  item.max = bb.Max;
  overblik::app::automation::clip_to_window(item);
  recorder.building.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  if (!recorder.on) return;
  if (Item* item = overblik::app::automation::find_building(id)) {
    if (label) item->label = label;
    item->status = flags;
  }
}

// Log lines are meant for the Dear ImGui Test Engine's own log; the browser bridge has no use for them.
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

// Used by ImGui's debug tools (Metrics, ID stack tool) to name an id: the label of the last frame.
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  for (const Item& item : recorder.published)
    if (item.id == id && !item.label.empty()) return item.label.c_str();
  return nullptr;
}

// The published frame as JSON for the browser bridge (window.overblik.items()).
#include <nlohmann/json.hpp>

#include "app/automation/automation.h"
#include "imgui_internal.h"

namespace overblik::app::automation {

namespace {
nlohmann::json rect(ImVec2 min, ImVec2 max) {
  return {{"x", min.x}, {"y", min.y}, {"w", max.x - min.x}, {"h", max.y - min.y}};
}

nlohmann::json to_json(const Item& item) {
  const int s = item.status;
  nlohmann::json j = {
      {"id", item.id},
      {"label", std::string(visible_label(item.label))},
      {"fullLabel", item.label},
      {"kind", item.text ? "text" : "item"},
      {"rect", rect(item.min, item.max)},
      {"visibleRect", rect(item.clip_min, item.clip_max)},
      {"visible", (s & ImGuiItemStatusFlags_Visible) != 0},
      {"flags", s},
      {"hovered", (s & ImGuiItemStatusFlags_HoveredRect) != 0},
      {"edited", (s & ImGuiItemStatusFlags_Edited) != 0},
  };
  if (s & ImGuiItemStatusFlags_Checkable) j["checked"] = (s & ImGuiItemStatusFlags_Checked) != 0;
  if (s & ImGuiItemStatusFlags_Openable) j["opened"] = (s & ImGuiItemStatusFlags_Opened) != 0;
  if (s & ImGuiItemStatusFlags_Inputable) j["inputable"] = true;
  if (item.has_value) j["value"] = item.value;
  return j;
}
}  // namespace

std::string items_json() {
  nlohmann::json all = nlohmann::json::array();
  for (const Item& item : items()) all.push_back(to_json(item));
  // Labels are user data: never throw on a stray invalid UTF-8 byte.
  return all.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace overblik::app::automation

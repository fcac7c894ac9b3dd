#include "app/automation/automation.h"
#include "app/widgets/widgets.h"

namespace overblik::app::widgets {

namespace {
// ImGui asks to grow the buffer while typing; resize the std::string in place.
int resize_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* value = static_cast<std::string*>(data->UserData);
    value->resize(static_cast<size_t>(data->BufTextLen));
    data->Buf = value->data();
  }
  return 0;
}
}  // namespace

bool text_field(const char* label, std::string& value, const char* hint, float width) {
  if (width != 0.0f) ImGui::SetNextItemWidth(width);
  const bool edited = ImGui::InputTextWithHint(label, hint ? hint : "", value.data(), value.capacity() + 1,
                                               ImGuiInputTextFlags_CallbackResize, resize_callback, &value);
  automation::note_value(value);
  return edited;
}

}  // namespace overblik::app::widgets

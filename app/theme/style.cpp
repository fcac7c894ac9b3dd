#include "app/theme/theme.h"

namespace overblik::app::theme {

namespace {
ImVec4 rgba(int r, int g, int b, float a = 1.0f) {
  return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a);
}
}  // namespace

void apply_style(ImGuiStyle& style) {
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(20, 16);
  style.WindowMinSize = ImVec2(1, 1);  // the status bar is thinner than ImGui's default minimum
  style.FramePadding = ImVec2(10, 7);
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 6);
  style.ScrollbarSize = 12;
  style.GrabMinSize = 12;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = 1;
  style.WindowRounding = 8;
  style.ChildRounding = 8;
  style.FrameRounding = 6;
  style.PopupRounding = 6;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 6;
  style.TabRounding = 6;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = rgba(17, 24, 39);
  c[ImGuiCol_TextDisabled] = rgba(107, 114, 128);
  c[ImGuiCol_WindowBg] = rgba(246, 247, 249);
  c[ImGuiCol_ChildBg] = rgba(255, 255, 255);
  c[ImGuiCol_PopupBg] = rgba(255, 255, 255);
  c[ImGuiCol_Border] = rgba(209, 213, 219);  // gray-300: checkboxes and fields stay visible on white
  c[ImGuiCol_BorderShadow] = rgba(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = rgba(255, 255, 255);
  c[ImGuiCol_FrameBgHovered] = rgba(249, 250, 251);
  c[ImGuiCol_FrameBgActive] = rgba(239, 246, 255);
  c[ImGuiCol_TitleBg] = rgba(255, 255, 255);
  c[ImGuiCol_TitleBgActive] = rgba(255, 255, 255);
  c[ImGuiCol_MenuBarBg] = rgba(255, 255, 255);
  c[ImGuiCol_ScrollbarBg] = rgba(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = rgba(209, 213, 219);
  c[ImGuiCol_ScrollbarGrabHovered] = rgba(156, 163, 175);
  c[ImGuiCol_ScrollbarGrabActive] = rgba(107, 114, 128);
  c[ImGuiCol_CheckMark] = rgba(37, 99, 235);
  c[ImGuiCol_SliderGrab] = rgba(37, 99, 235);
  c[ImGuiCol_SliderGrabActive] = rgba(29, 78, 216);
  c[ImGuiCol_Button] = rgba(243, 244, 246);
  c[ImGuiCol_ButtonHovered] = rgba(229, 231, 235);
  c[ImGuiCol_ButtonActive] = rgba(209, 213, 219);
  c[ImGuiCol_Header] = rgba(219, 234, 254);
  c[ImGuiCol_HeaderHovered] = rgba(191, 219, 254);
  c[ImGuiCol_HeaderActive] = rgba(147, 197, 253);
  c[ImGuiCol_Separator] = rgba(229, 231, 235);
  c[ImGuiCol_Tab] = rgba(243, 244, 246);
  c[ImGuiCol_TabHovered] = rgba(219, 234, 254);
  c[ImGuiCol_TabActive] = rgba(255, 255, 255);
  c[ImGuiCol_TableHeaderBg] = rgba(249, 250, 251);
  c[ImGuiCol_TableBorderStrong] = rgba(229, 231, 235);
  c[ImGuiCol_TableBorderLight] = rgba(243, 244, 246);
  c[ImGuiCol_TableRowBgAlt] = rgba(249, 250, 251);
  c[ImGuiCol_TextSelectedBg] = rgba(191, 219, 254);
  c[ImGuiCol_NavHighlight] = rgba(37, 99, 235);
  c[ImGuiCol_ModalWindowDimBg] = rgba(17, 24, 39, 0.35f);
}

}  // namespace overblik::app::theme

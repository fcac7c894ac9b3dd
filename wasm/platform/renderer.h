// Draws ImGui's draw data with WebGL2. The app owns the whole context, so the GL state is set up once and
// never read back or restored: a frame is one upload of all vertices and indices, then the draws, with
// redundant scissor and texture changes left out.
#pragma once

#include "imgui.h"

namespace overblik::web::renderer {

// Compiles the shader, creates the buffers and vertex array, sets the fixed state. False when WebGL fails.
bool init();
// (Re)uploads the font atlas (after ImFontAtlas::Build, e.g. when the DPR changed) and sets its TexID.
void upload_fonts();
// Clears the whole framebuffer of `width` x `height` device pixels to `color`.
void clear(int width, int height, const ImVec4& color);
// Draws a frame's draw data into the framebuffer.
void render(const ImDrawData& data);

// What the last render() did (bench/frame prints it).
struct Stats {
  int lists = 0, commands = 0, draws = 0, vertices = 0, indices = 0;
};
const Stats& last_stats();

}  // namespace overblik::web::renderer

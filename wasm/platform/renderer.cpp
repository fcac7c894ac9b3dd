// Lean WebGL2 renderer for ImGui (replaces imgui_impl_opengl3, which reads back and restores ~30 pieces of
// GL state, recreates a vertex array and uploads each draw list separately every frame: in Chrome each WebGL
// call costs main-thread time, and that was most of a frame's CPU time).
//
// Per frame: all draw lists' vertices and indices are copied into one buffer each (indices rebased onto
// the combined vertices, so ImDrawIdx is 32-bit: cmake/web.cmake) and uploaded with one bufferData each;
// then one drawElements per run of commands that share texture and scissor and are contiguous. A command
// whose geometry lies inside its clip rectangle is not clipped by the scissor at all, so it can be drawn
// under any scissor that contains it (the whole framebuffer by default): that lets the commands of table
// columns, child windows and text runs merge into a few draws. The pixels are the same as with the stock
// backend; only calls that change nothing are left out.
#include "wasm/platform/renderer.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace overblik::web::renderer {

static_assert(sizeof(ImDrawIdx) == 4,
              "indices are rebased onto one combined vertex buffer: build ImGui with 32-bit ImDrawIdx");

namespace {

// The same shaders and projection as imgui_impl_opengl3 (GLSL ES 3.00), so the pixels match.
constexpr const char* kVertexShader =
    "#version 300 es\n"
    "precision highp float;\n"
    "layout (location = 0) in vec2 Position;\n"
    "layout (location = 1) in vec2 UV;\n"
    "layout (location = 2) in vec4 Color;\n"
    "uniform mat4 ProjMtx;\n"
    "out vec2 Frag_UV;\n"
    "out vec4 Frag_Color;\n"
    "void main() {\n"
    "  Frag_UV = UV;\n"
    "  Frag_Color = Color;\n"
    "  gl_Position = ProjMtx * vec4(Position.xy, 0, 1);\n"
    "}\n";
constexpr const char* kFragmentShader =
    "#version 300 es\n"
    "precision mediump float;\n"
    "uniform sampler2D Texture;\n"
    "in vec2 Frag_UV;\n"
    "in vec4 Frag_Color;\n"
    "layout (location = 0) out vec4 Out_Color;\n"
    "void main() {\n"
    "  Out_Color = Frag_Color * texture(Texture, Frag_UV.st);\n"
    "}\n";

// A scissor box in GL terms (origin bottom left), in device pixels.
struct Box {
  int x = 0, y = 0, w = -1, h = -1;
  bool operator==(const Box& o) const { return x == o.x && y == o.y && w == o.w && h == o.h; }
  bool operator!=(const Box& o) const { return !(*this == o); }
};

// Geometry bounds in device pixels, top-down like ImGui.
struct Bounds {
  float x0, y0, x1, y1;
};

// GL objects and the state they were last set to (nothing else touches the context, so no reads back).
struct Gl {
  GLuint program = 0, vao = 0, vbo = 0, ibo = 0, font = 0;
  GLint proj_location = -1;
  GLuint bound_texture = 0;
  Box scissor;
  int fb_width = -1, fb_height = -1;
  ImVec2 proj_pos{-1, -1}, proj_size{-1, -1};
  ImVec4 clear_color{-1, -1, -1, -1};
  // One frame's combined vertices and rebased indices, kept to avoid reallocating.
  std::vector<ImDrawVert> vertices;
  std::vector<ImDrawIdx> indices;
  std::vector<Bounds> bounds;  // per command, in draw order
  Stats stats;
};

Gl& gl() {
  static Gl instance;
  return instance;
}

GLuint compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

void set_scissor(const Box& box) {
  Gl& g = gl();
  if (g.scissor == box) return;
  glScissor(box.x, box.y, box.w, box.h);
  g.scissor = box;
}

void bind_texture(GLuint texture) {
  Gl& g = gl();
  if (g.bound_texture == texture) return;
  glBindTexture(GL_TEXTURE_2D, texture);
  g.bound_texture = texture;
}

void set_framebuffer(int width, int height) {
  Gl& g = gl();
  if (g.fb_width == width && g.fb_height == height) return;
  glViewport(0, 0, width, height);
  g.fb_width = width;
  g.fb_height = height;
}

void set_projection(const ImDrawData& data) {
  Gl& g = gl();
  if (g.proj_pos.x == data.DisplayPos.x && g.proj_pos.y == data.DisplayPos.y && g.proj_size.x == data.DisplaySize.x &&
      g.proj_size.y == data.DisplaySize.y)
    return;
  const float l = data.DisplayPos.x, r = data.DisplayPos.x + data.DisplaySize.x;
  const float t = data.DisplayPos.y, b = data.DisplayPos.y + data.DisplaySize.y;
  const float ortho[4][4] = {
      {2.0f / (r - l), 0.0f, 0.0f, 0.0f},
      {0.0f, 2.0f / (t - b), 0.0f, 0.0f},
      {0.0f, 0.0f, -1.0f, 0.0f},
      {(r + l) / (l - r), (t + b) / (b - t), 0.0f, 1.0f},
  };
  glUniformMatrix4fv(g.proj_location, 1, GL_FALSE, &ortho[0][0]);
  g.proj_pos = data.DisplayPos;
  g.proj_size = data.DisplaySize;
}

// Whether every pixel the geometry covers is inside the box: a triangle covers a pixel when the pixel's
// centre is inside it, so bounds within the box's edges suffice (the GPU's rounding is far below half a
// pixel). Rows of a GL box count from the bottom.
bool inside(const Bounds& b, const Box& box, int fb_height) {
  const float top = static_cast<float>(fb_height - box.y - box.h), bottom = static_cast<float>(fb_height - box.y);
  return b.x0 >= static_cast<float>(box.x) && b.x1 <= static_cast<float>(box.x + box.w) && b.y0 >= top &&
         b.y1 <= bottom;
}

// A run of contiguous indices waiting to be drawn with the current texture and scissor.
struct Run {
  GLsizei first = 0, count = 0;
};

void flush(Run& run) {
  if (run.count == 0) return;
  glDrawElements(GL_TRIANGLES, run.count, GL_UNSIGNED_INT,
                 reinterpret_cast<const void*>(static_cast<uintptr_t>(run.first) * sizeof(ImDrawIdx)));
  ++gl().stats.draws;
  run.count = 0;
}

}  // namespace

bool init() {
  Gl& g = gl();
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader), fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  if (!vs || !fs) return false;
  g.program = glCreateProgram();
  glAttachShader(g.program, vs);
  glAttachShader(g.program, fs);
  glLinkProgram(g.program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint linked = 0;
  glGetProgramiv(g.program, GL_LINK_STATUS, &linked);
  if (!linked) return false;
  glUseProgram(g.program);
  glUniform1i(glGetUniformLocation(g.program, "Texture"), 0);
  g.proj_location = glGetUniformLocation(g.program, "ProjMtx");

  glGenVertexArrays(1, &g.vao);
  glBindVertexArray(g.vao);
  glGenBuffers(1, &g.vbo);
  glGenBuffers(1, &g.ibo);
  glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.ibo);  // part of the vertex array's state
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const GLsizei stride = sizeof(ImDrawVert);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

  // Alpha blending as in imgui_impl_opengl3; depth, stencil and culling are off by
  // default in WebGL.
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glEnable(GL_SCISSOR_TEST);
  glActiveTexture(GL_TEXTURE0);

  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "overblik_webgl2";
  return true;
}

void upload_fonts() {
  Gl& g = gl();
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  if (g.font) glDeleteTextures(1, &g.font);
  glGenTextures(1, &g.font);
  glBindTexture(GL_TEXTURE_2D, g.font);
  g.bound_texture = g.font;
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(g.font)));
}

void clear(int width, int height, const ImVec4& color) {
  Gl& g = gl();
  set_framebuffer(width, height);
  set_scissor(Box{0, 0, width, height});  // glClear honours the scissor
  if (g.clear_color.x != color.x || g.clear_color.y != color.y || g.clear_color.z != color.z ||
      g.clear_color.w != color.w) {
    glClearColor(color.x, color.y, color.z, color.w);
    g.clear_color = color;
  }
  glClear(GL_COLOR_BUFFER_BIT);
}

void render(const ImDrawData& data) {
  Gl& g = gl();
  g.stats = Stats{};
  const int fb_width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  const int fb_height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  if (fb_width <= 0 || fb_height <= 0 || data.TotalIdxCount == 0) return;
  set_framebuffer(fb_width, fb_height);
  set_projection(data);

  // Combine the lists; each command's bounds come from the same pass over its indices.
  g.vertices.resize(static_cast<size_t>(data.TotalVtxCount));
  g.indices.resize(static_cast<size_t>(data.TotalIdxCount));
  g.bounds.clear();
  // Device pixels per ImGui unit as the viewport maps them (the GPU's view of where geometry lands).
  const float sx = static_cast<float>(fb_width) / data.DisplaySize.x;
  const float sy = static_cast<float>(fb_height) / data.DisplaySize.y;
  const ImVec2 off = data.DisplayPos;
  ImDrawVert* vout = g.vertices.data();
  ImDrawIdx* iout = g.indices.data();
  ImDrawIdx base = 0;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    std::memcpy(vout, list.VtxBuffer.Data, static_cast<size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      Bounds b{1e30f, 1e30f, -1e30f, -1e30f};
      const ImDrawIdx* src = list.IdxBuffer.Data + cmd.IdxOffset;
      ImDrawIdx* dst = iout + cmd.IdxOffset;
      for (unsigned int k = 0; k < cmd.ElemCount; ++k) {
        const ImDrawIdx v = src[k] + cmd.VtxOffset;
        dst[k] = v + base;
        const ImVec2 p = list.VtxBuffer.Data[v].pos;
        b.x0 = std::min(b.x0, p.x);
        b.x1 = std::max(b.x1, p.x);
        b.y0 = std::min(b.y0, p.y);
        b.y1 = std::max(b.y1, p.y);
      }
      g.bounds.push_back(Bounds{(b.x0 - off.x) * sx, (b.y0 - off.y) * sy, (b.x1 - off.x) * sx, (b.y1 - off.y) * sy});
    }
    vout += list.VtxBuffer.Size;
    iout += list.IdxBuffer.Size;
    base += static_cast<ImDrawIdx>(list.VtxBuffer.Size);
  }
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(g.vertices.size() * sizeof(ImDrawVert)), g.vertices.data(),
               GL_STREAM_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(g.indices.size() * sizeof(ImDrawIdx)), g.indices.data(),
               GL_STREAM_DRAW);

  const Box whole{0, 0, fb_width, fb_height};
  const ImVec2 scale = data.FramebufferScale;
  Run run;
  size_t cmd_index = 0;
  GLsizei list_first = 0;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    g.stats.lists += 1;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      const Bounds& b = g.bounds[cmd_index++];
      g.stats.commands += 1;
      if (cmd.UserCallback != nullptr) {
        flush(run);
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
        continue;
      }
      // The clip rectangle in device pixels, as imgui_impl_opengl3 computes it.
      const ImVec2 clip_min((cmd.ClipRect.x - off.x) * scale.x, (cmd.ClipRect.y - off.y) * scale.y);
      const ImVec2 clip_max((cmd.ClipRect.z - off.x) * scale.x, (cmd.ClipRect.w - off.y) * scale.y);
      if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y || cmd.ElemCount == 0) continue;
      const Box clip{static_cast<int>(clip_min.x), static_cast<int>(static_cast<float>(fb_height) - clip_max.y),
                     static_cast<int>(clip_max.x - clip_min.x), static_cast<int>(clip_max.y - clip_min.y)};
      // Geometry inside its clip rectangle may keep any scissor that contains it; otherwise clip exactly.
      Box wanted = clip;
      if (inside(b, clip, fb_height)) wanted = inside(b, g.scissor, fb_height) ? g.scissor : whole;
      const GLuint texture = static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID()));
      const GLsizei first = list_first + static_cast<GLsizei>(cmd.IdxOffset);
      if (wanted != g.scissor || texture != g.bound_texture || first != run.first + run.count) flush(run);
      set_scissor(wanted);
      bind_texture(texture);
      if (run.count == 0) run.first = first;
      run.count += static_cast<GLsizei>(cmd.ElemCount);
    }
    list_first += list.IdxBuffer.Size;
  }
  flush(run);
  g.stats.vertices = data.TotalVtxCount;
  g.stats.indices = data.TotalIdxCount;
}

const Stats& last_stats() {
  return gl().stats;
}

}  // namespace overblik::web::renderer

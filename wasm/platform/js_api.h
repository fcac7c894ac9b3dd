// Functions implemented in JavaScript (wasm/js/library_overblik.js).
#pragma once

extern "C" {
// Sets up the hidden text input, paste, online/offline and visibility listeners. Returns 1 when the page
// was opened for automation (?automation=1): then window.overblik is defined for browser tests.
int overblik_js_init();
// Fetches the fonts and calls overblik_on_font(index, bytes, size) for each, then overblik_on_fonts_done().
void overblik_js_load_fonts();
// Asks for one animation frame (calls overblik_frame); repeated calls before it runs are merged.
void overblik_js_request_frame();
// Calls overblik_wake() after `ms` milliseconds.
void overblik_js_wake_after(double ms);
// Writes text to the system clipboard (navigator.clipboard.writeText).
void overblik_js_set_clipboard(const char* utf8);
// Focuses (1) or releases (0) the hidden text input that receives typed characters and pastes.
void overblik_js_text_input(int active);
// localStorage; the getter returns malloc'ed UTF-8 (free it) or null when unset/unavailable.
char* overblik_js_storage_get(const char* key);
void overblik_js_storage_set(const char* key, const char* value);
// navigator.onLine.
int overblik_js_online();
}

extern "C" {
// CSS cursor name for the canvas ("default", "text", "pointer", ...).
void overblik_js_set_cursor(const char* css_cursor);
}

extern "C" {
// Shows a message over the canvas when the app cannot start (no WebGL2).
void overblik_js_fatal(const char* utf8);
}

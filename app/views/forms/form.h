// Shared pieces of the case forms (record a follow-up, start/stop a measure, reassign): a modal dialog
// with labelled fields, inline validation messages under each field (from local parsing or from the
// command's located error, e.g. "RecordFollowUp.progress_score"), and the keyboard contract:
// Tab moves between fields, Enter saves, Escape cancels.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/model/money.h"
#include "core/model/result.h"
#include "imgui.h"

namespace overblik::app::views::forms {

struct FormErrors {
  std::map<std::string, std::string> field;  // field name (as in the command) -> message
  std::string general;                       // an error no field owns
  bool any() const { return !field.empty() || !general.empty(); }
  void clear() {
    field.clear();
    general.clear();
  }
  const std::string* of(const std::string& name) const;
  // Files a command's located error under its field ("<Command>.<field>") when the form has that field.
  void take(const Error& error, const std::vector<std::string>& fields);
};

enum class Outcome { none, save, cancel };

// Opens the modal `id` (call once when the form is opened) and begins it; false when it is not shown.
bool begin(const char* title, const char* id, bool& open_request);
// Save and Cancel buttons plus the Enter/Escape keys; closes the modal on cancel. Call before end().
Outcome buttons(const char* id_suffix);
void end();
void close();  // closes the current modal (after a successful save)

// A labelled single-line text field with its inline error below. `focus` puts the caret in it.
void field(const char* label, const char* id, std::string& value, const FormErrors& errors, const char* error_key,
           const char* hint = nullptr, float width = 220.0f, bool focus = false);
// A labelled combo over `options`; `selected` is an index or -1. Items get ids "<id>-<i>".
void choice(const char* label, const char* id, int& selected, const std::vector<std::string>& options,
            const FormErrors& errors, const char* error_key, float width = 300.0f);

// Parsers with Danish formats; nullopt + a message in `errors` under `key` when invalid.
std::optional<Day> parse_date(const std::string& text, FormErrors& errors, const char* key, bool required);
std::optional<int> parse_int(const std::string& text, int lo, int hi, FormErrors& errors, const char* key,
                             bool required);
std::optional<Ore> parse_price(const std::string& text, FormErrors& errors, const char* key);

}  // namespace overblik::app::views::forms

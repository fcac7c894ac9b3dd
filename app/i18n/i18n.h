// Interface language and phrase lookup. Danish is the default; English is the alternative.
// A phrase carries both languages side by side, so every room keeps its own small table
// (see shell_text.h) and a missing translation is a -Wextra warning, not a blank label.
#pragma once

#include <optional>
#include <string_view>

namespace overblik::app::i18n {

enum class Language { Danish, English };

struct Phrase {
  const char* da;
  const char* en;
};

// The language of the frame being drawn; set once per frame by the shell.
void set_language(Language language);
Language language();

// The phrase in the current language.
const char* tr(const Phrase& phrase);

// Stable codes for storage ("da", "en"); unknown codes give nullopt.
const char* code(Language language);
std::optional<Language> parse(std::string_view code);

}  // namespace overblik::app::i18n

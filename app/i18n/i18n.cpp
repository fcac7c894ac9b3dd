#include "app/i18n/i18n.h"

namespace overblik::app::i18n {

namespace {
// ImGui draws one frame at a time on one thread; the language is UI state like ImGui's own context.
Language current = Language::Danish;
}  // namespace

void set_language(Language language) {
  current = language;
}
Language language() {
  return current;
}

const char* tr(const Phrase& phrase) {
  return current == Language::English ? phrase.en : phrase.da;
}

const char* code(Language language) {
  return language == Language::English ? "en" : "da";
}

std::optional<Language> parse(std::string_view code) {
  if (code == "da") return Language::Danish;
  if (code == "en") return Language::English;
  return std::nullopt;
}

}  // namespace overblik::app::i18n

// Phrases of the app shell (top bar, status bar, home placeholder).
#pragma once

#include "app/i18n/i18n.h"

namespace overblik::app::shell_text {

using i18n::Phrase;

inline constexpr Phrase kProductName{"Overblik", "Overblik"};
inline constexpr Phrase kTagline{"Styring og sagsoverblik – børn og familie",
                                 "Steering and case overview – children and family"};
inline constexpr Phrase kLanguageDanish{"Dansk", "Dansk"};
inline constexpr Phrase kLanguageEnglish{"English", "English"};
inline constexpr Phrase kOnline{"Online", "Online"};
inline constexpr Phrase kOffline{"Offline – ændringer gemmes lokalt", "Offline – changes are kept locally"};
// Issue 6: "Gemt" only once the last commit is durable in the browser's storage.
inline constexpr Phrase kSaved{"Gemt", "Saved"};
inline constexpr Phrase kUnsaved{"Ikke gemt", "Not saved"};
inline constexpr Phrase kSaving{"Gemmer…", "Saving…"};
inline constexpr Phrase kReadOnly{"Skrivebeskyttet", "Read-only"};
inline constexpr Phrase kTakeOver{"Overtag", "Take over"};

inline constexpr Phrase kWelcome{"Velkommen til Overblik", "Welcome to Overblik"};
inline constexpr Phrase kWelcomeBody{
    "Sagsoverblik, frister, økonomi og scenarier for børne- og familieområdet, også uden netværk. Åbn en "
    "demokommune eller et arbejdsområde herunder; notatfeltet er en kladde til at prøve tastatur og udklipsholder.",
    "Case overview, deadlines, finances and scenarios for children and family services, also offline. Open a "
    "demo municipality or a workspace below; the note field is a scratch pad to try the keyboard and clipboard."};
inline constexpr Phrase kNoteLabel{"Notat", "Note"};
inline constexpr Phrase kNoteHint{"Skriv et notat …", "Write a note …"};
inline constexpr Phrase kCharacters{"tegn", "characters"};

}  // namespace overblik::app::shell_text

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
// Issue 6: "Gemt" only once IndexedDB confirmed the last commit.
inline constexpr Phrase kSaved{"Gemt", "Saved"};
inline constexpr Phrase kUnsaved{"Ikke gemt", "Not saved"};
inline constexpr Phrase kSaving{"Gemmer…", "Saving…"};
inline constexpr Phrase kReadOnly{"Skrivebeskyttet", "Read-only"};
inline constexpr Phrase kTakeOver{"Overtag", "Take over"};

inline constexpr Phrase kWelcome{"Velkommen til Overblik", "Welcome to Overblik"};
inline constexpr Phrase kWelcomeBody{
    "Her kommer sagsoverblik, frister, økonomi og scenarier. Indtil da kan du prøve notatfeltet herunder.",
    "Case overview, deadlines, finances and scenarios will appear here. Until then, try the note field below."};
inline constexpr Phrase kNoteLabel{"Notat", "Note"};
inline constexpr Phrase kNoteHint{"Skriv et notat …", "Write a note …"};
inline constexpr Phrase kCharacters{"tegn", "characters"};

}  // namespace overblik::app::shell_text

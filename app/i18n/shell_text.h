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
inline constexpr Phrase kSaved{"Alle ændringer er gemt", "All changes saved"};
inline constexpr Phrase kUnsaved{"Ikke gemte ændringer", "Unsaved changes"};
inline constexpr Phrase kSaving{"Gemmer …", "Saving …"};

inline constexpr Phrase kWelcome{"Velkommen til Overblik", "Welcome to Overblik"};
inline constexpr Phrase kWelcomeBody{
    "Her kommer sagsoverblik, frister, økonomi og scenarier. Indtil da kan du prøve notatfeltet herunder.",
    "Case overview, deadlines, finances and scenarios will appear here. Until then, try the note field below."};
inline constexpr Phrase kNoteLabel{"Notat", "Note"};
inline constexpr Phrase kNoteHint{"Skriv et notat …", "Write a note …"};
inline constexpr Phrase kCharacters{"tegn", "characters"};

}  // namespace overblik::app::shell_text

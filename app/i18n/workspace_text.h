// Phrases of the browser's workspaces (issue 6): save problems, the read-only banner, the start view's
// workspace list, export and import.
#pragma once

#include "app/i18n/i18n.h"

namespace overblik::app::workspace_text {

using i18n::Phrase;

// Status bar details (after "Ikke gemt: " / "Skrivebeskyttet: ").
inline constexpr Phrase kOpenElsewhere{"arbejdsområdet er åbent i en anden fane",
                                       "the workspace is open in another tab"};
inline constexpr Phrase kTakenOver{"en anden fane har overtaget arbejdsområdet", "another tab took over the workspace"};
inline constexpr Phrase kStorageFull{"browserens lager er fuldt; det sidst gemte er uændret",
                                     "the browser's storage is full; the last saved state is unchanged"};
inline constexpr Phrase kWriteFailed{"ændringerne kunne ikke skrives", "the changes could not be written"};
inline constexpr Phrase kMemoryOnly{"kun i denne fanes hukommelse", "only in this tab's memory"};

// Start view: the workspaces in this browser.
inline constexpr Phrase kWorkspaces{"Arbejdsområder", "Workspaces"};
inline constexpr Phrase kWorkspacesBody{
    "Arbejdsområderne i denne browser. Hvert gemmes for sig; eksportér for at tage en sikkerhedskopi.",
    "The workspaces in this browser. Each is saved on its own; export one to keep a backup."};
inline constexpr Phrase kDemoTag{"demo", "demo"};
inline constexpr Phrase kActiveTag{"åben", "open"};
inline constexpr Phrase kOpenWorkspace{"Åbn", "Open"};
inline constexpr Phrase kRename{"Omdøb", "Rename"};
inline constexpr Phrase kSaveName{"Gem navn", "Save name"};
inline constexpr Phrase kCancel{"Annullér", "Cancel"};
inline constexpr Phrase kDelete{"Slet", "Delete"};
inline constexpr Phrase kConfirmDelete{"Slet arbejdsområdet for altid?", "Delete the workspace for good?"};
inline constexpr Phrase kConfirmDeleteBody{"Alt i det slettes fra denne browser og kan ikke fortrydes.",
                                           "Everything in it is removed from this browser; this cannot be undone."};
inline constexpr Phrase kExportJson{"Eksportér JSON", "Export JSON"};
inline constexpr Phrase kExportRaw{"Eksportér SQLite", "Export SQLite"};
inline constexpr Phrase kImport{"Importér …", "Import …"};
inline constexpr Phrase kImportHint{
    "Importér en JSON-snapshot eller en SQLite-fil som et nyt arbejdsområde (også ved at "
    "trække filen ind i vinduet).",
    "Import a JSON snapshot or an SQLite file as a new workspace (or drop the file on "
    "the window)."};
inline constexpr Phrase kImported{"Importeret som nyt arbejdsområde", "Imported as a new workspace"};
inline constexpr Phrase kImportFailed{"Importen blev afvist; intet er ændret",
                                      "The import was refused; nothing changed"};
inline constexpr Phrase kActionFailed{"Det lykkedes ikke", "That did not work"};
inline constexpr Phrase kLoadingList{"Henter arbejdsområder …", "Loading workspaces …"};

// Start view: how much of the browser's storage the workspaces use, and whether it is kept under pressure.
inline constexpr Phrase kStorageUse{"Lager i browseren", "Storage in this browser"};
inline constexpr Phrase kStorageOf{"brugt af", "used of"};
inline constexpr Phrase kPersisted{"varigt lager (slettes ikke af browseren)",
                                   "persistent (not evicted by the browser)"};
inline constexpr Phrase kNotPersisted{
    "ikke varigt lager: browseren kan rydde det, når disken er fuld; eksportér en kopi",
    "not persistent: the browser may clear it when the disk is full; export a copy"};

}  // namespace overblik::app::workspace_text

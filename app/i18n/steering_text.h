// Phrases of the management views: cockpit, finance (økonomi) and the scenario workshop.
#pragma once

#include "app/i18n/i18n.h"

namespace overblik::app::steering_text {

using i18n::Phrase;

// Cockpit
inline constexpr Phrase kCockpitTitle{"Styringscockpit", "Management cockpit"};
inline constexpr Phrase kAsOf{"Opgjort pr.", "As of"};
inline constexpr Phrase kTileSpend{"Forbrug år til dato", "Spend year to date"};
inline constexpr Phrase kTilePlacements{"Anbringelser (helårspersoner)", "Placements (full-year persons)"};
inline constexpr Phrase kTilePreventive{"Børn i forebyggende indsatser", "Children in preventive measures"};
inline constexpr Phrase kTilePrice{"Gns. pris pr. anbringelse", "Average placement price"};
inline constexpr Phrase kTileCaseload{"Sager pr. rådgiver", "Cases per caseworker"};
inline constexpr Phrase kTileCompliance{"Frister overholdt", "Deadlines met"};
inline constexpr Phrase kOfBudget{"budget", "budget"};
inline constexpr Phrase kChildren{"børn", "children"};
inline constexpr Phrase kOpenCases{"åbne sager", "open cases"};
inline constexpr Phrase kDeadlinesDue{"frister", "deadlines"};
inline constexpr Phrase kLadderTitle{"Indsatstrappen pr. måned (helårspersoner)",
                                     "Intervention ladder per month (full-year persons)"};
inline constexpr Phrase kStep{"Trin", "Step"};
inline constexpr Phrase kGroupsTitle{"Forbrug mod budget pr. område", "Spend against budget per area"};
inline constexpr Phrase kBudget{"Korrigeret budget", "Corrected budget"};
inline constexpr Phrase kForecast{"Prognose", "Forecast"};
inline constexpr Phrase kActual{"Forbrug til dato", "Actuals to date"};
inline constexpr Phrase kDrillTitle{"Bag tallet", "Behind the figure"};
inline constexpr Phrase kClose{"Luk", "Close"};
inline constexpr Phrase kRows{"rækker", "rows"};
inline constexpr Phrase kColMeasure{"Indsats", "Measure"};
inline constexpr Phrase kColCase{"Sag", "Case"};
inline constexpr Phrase kColChild{"Barn", "Child"};
inline constexpr Phrase kColFrom{"Fra", "From"};
inline constexpr Phrase kColTo{"Til", "To"};
inline constexpr Phrase kColAmount{"Beløb år til dato", "Amount year to date"};
inline constexpr Phrase kColCaseworker{"Rådgiver", "Caseworker"};
inline constexpr Phrase kRunning{"løbende", "running"};
inline constexpr Phrase kGroupPreventive{"Forebyggende", "Preventive"};
inline constexpr Phrase kGroupPlacement{"Anbringelser", "Placements"};
inline constexpr Phrase kGroupOther{"Øvrige", "Other"};
inline constexpr Phrase kTotal{"I alt", "Total"};

// Finance
inline constexpr Phrase kEconomyTitle{"Budgetopfølgning", "Budget follow-up"};
inline constexpr Phrase kColGroup{"Område", "Area"};
inline constexpr Phrase kColDeviation{"Afvigelse", "Deviation"};
inline constexpr Phrase kColQuantity{"Mængdeeffekt", "Quantity effect"};
inline constexpr Phrase kColPrice{"Priseffekt", "Price effect"};
inline constexpr Phrase kColCause{"Årsag til afvigelse", "Cause of deviation"};
inline constexpr Phrase kSaveCause{"Gem", "Save"};
inline constexpr Phrase kCauseSaved{"Årsagen er gemt.", "The cause is saved."};
inline constexpr Phrase kBudgetChart{"Budget mod prognose", "Budget against forecast"};
inline constexpr Phrase kEffectsNote{"Effekter: år til dato mod samme periode sidste år.",
                                     "Effects: year to date against the same period last year."};
inline constexpr Phrase kExportCsv{"Eksportér CSV", "Export CSV"};
inline constexpr Phrase kExportPng{"Gem graf som PNG", "Save chart as PNG"};

// Scenario workshop
inline constexpr Phrase kWorkshopTitle{"Scenarieværksted", "Scenario workshop"};
inline constexpr Phrase kScenarios{"Scenarier", "Scenarios"};
inline constexpr Phrase kNewScenario{"Nyt", "New"};
inline constexpr Phrase kDuplicate{"Dupliker", "Duplicate"};
inline constexpr Phrase kSave{"Gem", "Save"};
inline constexpr Phrase kSaved{"Scenariet er gemt.", "The scenario is saved."};
inline constexpr Phrase kUnsaved{"Ikke gemt", "Not saved"};
inline constexpr Phrase kNewName{"Nyt scenarie", "New scenario"};
inline constexpr Phrase kLevers{"Løftestænger", "Levers"};
inline constexpr Phrase kGroupVolume{"Omfang", "Volume"};
inline constexpr Phrase kGroupPrice{"Priser", "Prices"};
inline constexpr Phrase kGroupDuration{"Varighed", "Duration"};
inline constexpr Phrase kGroupTarget{"Mål", "Target"};
inline constexpr Phrase kLeverPlacementVolume{"Antal anbringelser pr. år", "Placements per year"};
inline constexpr Phrase kLeverPreventiveVolume{"Antal forebyggende indsatser pr. år", "Preventive measures per year"};
inline constexpr Phrase kLeverPlacementPrice{"Anbringelsespriser pr. år", "Placement prices per year"};
inline constexpr Phrase kLeverPriceIndex{"Generel prisudvikling pr. år", "General price change per year"};
inline constexpr Phrase kLeverDuration{"Varighed af nye anbringelser", "Duration of new placements"};
inline constexpr Phrase kLeverTarget{"Besparelsesmål pr. år (mio. kr.)", "Savings target per year (DKK m)"};
inline constexpr Phrase kReset{"Nulstil", "Reset"};
inline constexpr Phrase kHorizonTotal{"Scenarie i alt", "Scenario total"};
inline constexpr Phrase kBaselineTotal{"Basis i alt", "Baseline total"};
inline constexpr Phrase kDifference{"Forskel", "Difference"};
inline constexpr Phrase kYears{"år", "years"};
inline constexpr Phrase kBaseline{"Basis", "Baseline"};
inline constexpr Phrase kScenario{"Scenarie", "Scenario"};
inline constexpr Phrase kTargetPath{"Målsti", "Target path"};
inline constexpr Phrase kKroner{"Kroner", "Kroner"};
inline constexpr Phrase kPercent{"Procent af basis", "Percent of baseline"};
inline constexpr Phrase kTornado{"Følsomhed (lav/høj indstilling, forskel i alt)",
                                 "Sensitivity (low/high setting, total difference)"};
inline constexpr Phrase kNoLevers{"Træk i en løftestang for at se følsomheden.",
                                  "Move a lever to see the sensitivity."};
inline constexpr Phrase kPresentation{"Præsentation", "Presentation"};
inline constexpr Phrase kYear{"År", "Year"};

}  // namespace overblik::app::steering_text

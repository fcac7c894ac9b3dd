// Phrases of the caseworker's and team leader's views (start, navigation, my cases, case page, team, forms).
#pragma once

#include "app/i18n/i18n.h"

namespace overblik::app::casework_text {

using i18n::Phrase;

// Navigation
inline constexpr Phrase kNavStart{"Start", "Start"};
inline constexpr Phrase kNavMyCases{"Mine sager", "My cases"};
inline constexpr Phrase kNavTeam{"Team", "Team"};
inline constexpr Phrase kNavCockpit{"Cockpit", "Cockpit"};
inline constexpr Phrase kNavEconomy{"Økonomi", "Finance"};
inline constexpr Phrase kNavScenarios{"Scenarier", "Scenarios"};
inline constexpr Phrase kComingSoon{"Denne visning er under udvikling.", "This view is being built."};
inline constexpr Phrase kOpenWorkspaceFirst{"Åbn en demokommune på Start-siden først.",
                                            "Open a demo municipality on the Start page first."};

// Start
inline constexpr Phrase kDemoHeading{"Demokommune", "Demo municipality"};
inline constexpr Phrase kDemoBody{
    "Åbn en syntetisk kommune med ét klik: sager, frister, indsatser og økonomi for fem år. Ingen rigtige personer.",
    "Open a synthetic municipality with one click: cases, deadlines, measures and finances for five years. No real "
    "people."};
inline constexpr Phrase kDemoS{"Lille", "Small"};
inline constexpr Phrase kDemoM{"Mellem", "Medium"};
inline constexpr Phrase kDemoL{"Stor", "Large"};
inline constexpr Phrase kDemoTeams{"team", "teams"};
inline constexpr Phrase kDemoCaseworkers{"rådgivere", "caseworkers"};
inline constexpr Phrase kDemoChildren{"børn", "children"};
inline constexpr Phrase kOpenDemo{"Åbn demo", "Open demo"};
inline constexpr Phrase kGenerating{"Opretter demokommunen …", "Creating the demo municipality …"};
inline constexpr Phrase kContinue{"Fortsæt i", "Continue in"};
inline constexpr Phrase kOpen{"Åbn", "Open"};
inline constexpr Phrase kOpenedIn{"Åbnet på", "Opened in"};
inline constexpr Phrase kNotSaved{"Demoen gemmes ikke: browserens arbejdsområde indeholder allerede data.",
                                  "The demo is not saved: the browser's workspace already holds data."};

// My cases
inline constexpr Phrase kMyCases{"Mine sager", "My cases"};
inline constexpr Phrase kCases{"sager", "cases"};
inline constexpr Phrase kOverdueDeadlines{"Overskredne frister", "Overdue deadlines"};
inline constexpr Phrase kCasesWithOverdue{"Sager med overskredne frister", "Cases with overdue deadlines"};
inline constexpr Phrase kSearchHint{"Søg barn, rådgiver, team … (Ctrl+F)", "Search child, caseworker, team … (Ctrl+F)"};
inline constexpr Phrase kCaseworker{"Rådgiver", "Caseworker"};
inline constexpr Phrase kAllCaseworkers{"Alle rådgivere", "All caseworkers"};
inline constexpr Phrase kUnassigned{"Ufordelte", "Unassigned"};
inline constexpr Phrase kTeam{"Team", "Team"};
inline constexpr Phrase kAllTeams{"Alle teams", "All teams"};
inline constexpr Phrase kStatus{"Status", "Status"};
inline constexpr Phrase kOpenCases{"Åbne", "Open"};
inline constexpr Phrase kClosedCases{"Lukkede", "Closed"};
inline constexpr Phrase kAllCases{"Alle", "All"};
inline constexpr Phrase kOverdueOnly{"Kun overskredne", "Overdue only"};
inline constexpr Phrase kColChild{"Barn", "Child"};
inline constexpr Phrase kColAge{"Alder", "Age"};
inline constexpr Phrase kColOverdue{"Overskredne", "Overdue"};
inline constexpr Phrase kColDueSoon{"Snart", "Due soon"};
inline constexpr Phrase kColNextDue{"Næste frist", "Next deadline"};
inline constexpr Phrase kColOpened{"Oprettet", "Opened"};
inline constexpr Phrase kNoCases{"Ingen sager matcher.", "No cases match."};
inline constexpr Phrase kYears{"år", "years"};

// Case page
inline constexpr Phrase kBack{"← Tilbage", "← Back"};
inline constexpr Phrase kAge{"Alder", "Age"};
inline constexpr Phrase kDistrict{"Distrikt", "District"};
inline constexpr Phrase kNoCaseworker{"(ufordelt)", "(unassigned)"};
inline constexpr Phrase kCaseOpen{"Åben", "Open"};
inline constexpr Phrase kCaseClosed{"Lukket", "Closed"};
inline constexpr Phrase kConcern{"Bekymring", "Concern"};
inline constexpr Phrase kDueSoon{"Snart", "Due soon"};
inline constexpr Phrase kRecordFollowUp{"Registrér opfølgning", "Record follow-up"};
inline constexpr Phrase kStartMeasure{"Start indsats", "Start measure"};
inline constexpr Phrase kReassign{"Omfordel sag", "Reassign case"};
inline constexpr Phrase kDeadlines{"Frister", "Deadlines"};
inline constexpr Phrase kMeasures{"Indsatser", "Measures"};
inline constexpr Phrase kFollowUps{"Opfølgninger", "Follow-ups"};
inline constexpr Phrase kPlan{"Barnets plan og mål", "Child's plan and goals"};
inline constexpr Phrase kNotifications{"Underretninger", "Notifications"};
inline constexpr Phrase kInvestigations{"Børnefaglige undersøgelser", "Child investigations"};
inline constexpr Phrase kNone{"Ingen.", "None."};
inline constexpr Phrase kColDeadline{"Frist", "Deadline"};
inline constexpr Phrase kColDue{"Forfald", "Due"};
inline constexpr Phrase kColDone{"Udført", "Done"};
inline constexpr Phrase kColReference{"Hjemmel", "Legal basis"};
inline constexpr Phrase kColType{"Indsats", "Measure"};
inline constexpr Phrase kColProvider{"Leverandør", "Provider"};
inline constexpr Phrase kColStep{"Trin", "Step"};
inline constexpr Phrase kColStart{"Start", "Start"};
inline constexpr Phrase kColPlannedStop{"Planlagt stop", "Planned stop"};
inline constexpr Phrase kColPrice{"Pris", "Price"};
inline constexpr Phrase kColProgress{"Trivsel (1-10)", "Progress (1-10)"};
inline constexpr Phrase kColNext{"Næste", "Next"};
inline constexpr Phrase kColNote{"Notat", "Note"};
inline constexpr Phrase kColReceived{"Modtaget", "Received"};
inline constexpr Phrase kColSource{"Kilde", "Source"};
inline constexpr Phrase kColAssessed{"Vurderet", "Assessed"};
inline constexpr Phrase kColStarted{"Startet", "Started"};
inline constexpr Phrase kColCompleted{"Afsluttet", "Completed"};
inline constexpr Phrase kDecided{"Afgørelse", "Decision"};
inline constexpr Phrase kSigned{"Underskrevet", "Signed"};
inline constexpr Phrase kNotSigned{"ikke underskrevet", "not signed"};
inline constexpr Phrase kYouthPlan{"ungeplan", "youth plan"};
inline constexpr Phrase kSchoolGoal{"skole", "school"};
inline constexpr Phrase kActive{"Aktiv", "Active"};
inline constexpr Phrase kEnded{"Ophørt", "Ended"};
inline constexpr Phrase kStop{"Stop", "Stop"};
inline constexpr Phrase kInternal{"egen", "internal"};
inline constexpr Phrase kPerDay{"kr./døgn", "DKK/day"};
inline constexpr Phrase kPerMonth{"kr./md.", "DKK/month"};
inline constexpr Phrase kPerYear{"kr./år", "DKK/year"};

// Deadline kinds and statuses
inline constexpr Phrase kKindAssessment{"Vurdering af underretning", "Notification assessment"};
inline constexpr Phrase kKindReceipt{"Kvittering til underretter", "Receipt to reporter"};
inline constexpr Phrase kKindInvestigation{"Børnefaglig undersøgelse", "Child investigation"};
inline constexpr Phrase kKindPlan{"Barnets plan", "Child's plan"};
inline constexpr Phrase kKindFirstFollowUp{"Første opfølgning", "First follow-up"};
inline constexpr Phrase kKindFollowUp{"Opfølgning", "Follow-up"};
inline constexpr Phrase kKindVisit{"Tilsynsbesøg", "Supervision visit"};
inline constexpr Phrase kStatusOnTime{"Udført rettidigt", "Done on time"};
inline constexpr Phrase kStatusLate{"Udført for sent", "Done late"};
inline constexpr Phrase kStatusOverdue{"Overskredet", "Overdue"};
inline constexpr Phrase kStatusDueSoon{"Forfalder snart", "Due soon"};
inline constexpr Phrase kStatusUpcoming{"Kommende", "Upcoming"};

// Forms
inline constexpr Phrase kSave{"Gem", "Save"};
inline constexpr Phrase kCancel{"Annullér", "Cancel"};
inline constexpr Phrase kFormKeys{"Tab skifter felt · Enter gemmer · Esc annullerer",
                                  "Tab moves between fields · Enter saves · Esc cancels"};
inline constexpr Phrase kDate{"Dato", "Date"};
inline constexpr Phrase kDateHint{"dd-mm-åååå", "dd-mm-yyyy"};
inline constexpr Phrase kProgress{"Trivsel (1-10)", "Progress (1-10)"};
inline constexpr Phrase kNextDate{"Næste opfølgning", "Next follow-up"};
inline constexpr Phrase kNote{"Notat", "Note"};
inline constexpr Phrase kMeasureType{"Indsatstype", "Measure type"};
inline constexpr Phrase kProvider{"Leverandør", "Provider"};
inline constexpr Phrase kNoProvider{"(ingen)", "(none)"};
inline constexpr Phrase kStartDate{"Start", "Start"};
inline constexpr Phrase kPlannedStop{"Planlagt stop", "Planned stop"};
inline constexpr Phrase kPrice{"Pris i kr.", "Price in DKK"};
inline constexpr Phrase kUnit{"Enhed", "Unit"};
inline constexpr Phrase kUnitDay{"pr. døgn", "per day"};
inline constexpr Phrase kUnitMonth{"pr. måned", "per month"};
inline constexpr Phrase kUnitYear{"pr. år", "per year"};
inline constexpr Phrase kStopMeasure{"Stop indsats", "Stop measure"};
inline constexpr Phrase kEndDate{"Slutdato", "End date"};
inline constexpr Phrase kNewCaseworker{"Ny rådgiver", "New caseworker"};
inline constexpr Phrase kChoose{"Vælg …", "Choose …"};
inline constexpr Phrase kErrDate{"Skriv en gyldig dato som dd-mm-åååå.", "Enter a valid date as dd-mm-yyyy."};
inline constexpr Phrase kErrScore{"Skriv et helt tal fra 1 til 10.", "Enter a whole number from 1 to 10."};
inline constexpr Phrase kErrPrice{"Skriv et beløb i kr., fx 1.234,50.", "Enter an amount in DKK, e.g. 1.234,50."};
inline constexpr Phrase kErrRequired{"Skal udfyldes.", "Required."};
inline constexpr Phrase kErrRejected{"Ikke gemt", "Not saved"};
inline constexpr Phrase kSavedFollowUp{"Opfølgningen er gemt.", "The follow-up is saved."};
inline constexpr Phrase kSavedMeasure{"Indsatsen er gemt.", "The measure is saved."};
inline constexpr Phrase kSavedReassign{"Sagen er omfordelt.", "The case is reassigned."};

// Team
inline constexpr Phrase kTeamHeading{"Teamoverblik", "Team overview"};
inline constexpr Phrase kKpiOpen{"Åbne sager", "Open cases"};
inline constexpr Phrase kKpiPerFte{"Sager pr. årsværk", "Cases per FTE"};
inline constexpr Phrase kKpiOverTarget{"Rådgivere over mål", "Caseworkers above target"};
inline constexpr Phrase kKpiUnassigned{"Ufordelte sager", "Unassigned cases"};
inline constexpr Phrase kKpiOnTime{"Rettidighed", "On time"};
inline constexpr Phrase kTarget{"Mål (sager pr. årsværk)", "Target (cases per FTE)"};
inline constexpr Phrase kCaseload{"Sagstal pr. rådgiver", "Caseload per caseworker"};
inline constexpr Phrase kColOpenCases{"Åbne sager", "Open cases"};
inline constexpr Phrase kColFte{"Årsværk", "FTE"};
inline constexpr Phrase kColPerFte{"Pr. årsværk", "Per FTE"};
inline constexpr Phrase kColOverdueDeadlines{"Overskredne frister", "Overdue deadlines"};
inline constexpr Phrase kCompliance{"Rettidighed pr. regel (seneste 12 måneder)",
                                    "Compliance per rule (last 12 months)"};
inline constexpr Phrase kColRule{"Regel", "Rule"};
inline constexpr Phrase kColDueCount{"Forfaldne", "Due"};
inline constexpr Phrase kColOnTime{"Rettidigt", "On time"};
inline constexpr Phrase kColLate{"For sent", "Late"};
inline constexpr Phrase kColShare{"Andel rettidigt", "Share on time"};
inline constexpr Phrase kUnassignedCases{"Ufordelte sager", "Unassigned cases"};
inline constexpr Phrase kAssign{"Tildel", "Assign"};
inline constexpr Phrase kSample{"Ledelsestilsyn: stikprøve", "Management supervision: sample"};
inline constexpr Phrase kSampleSeed{"Seed", "Seed"};
inline constexpr Phrase kSamplePer{"Sager pr. rådgiver", "Cases per caseworker"};
inline constexpr Phrase kSampleRedraw{"Træk ny stikprøve", "Draw a new sample"};
inline constexpr Phrase kSampleNote{"Samme seed giver samme stikprøve.", "The same seed gives the same sample."};
inline constexpr Phrase kTotal{"I alt", "Total"};

}  // namespace overblik::app::casework_text

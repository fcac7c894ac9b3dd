#include "core/demo/vocabulary.h"

namespace overblik::demo {

const Words& districts() {
  static const Words w = {"Nordby",    "Søndermark", "Havnekvarteret", "Skovlyst",
                          "Engparken", "Bakkehuse",  "Vestervang",     "Østerdal"};
  return w;
}

const Words& first_names() {
  static const Words w = {"Anne",   "Mette",  "Louise",   "Camilla", "Sofie",  "Maria", "Line",  "Trine",
                          "Rikke",  "Helle",  "Jonas",    "Mads",    "Rasmus", "Peter", "Søren", "Anders",
                          "Kasper", "Mikkel", "Thomas",   "Lars",    "Ida",    "Emma",  "Signe", "Katrine",
                          "Nanna",  "Amalie", "Frederik", "Simon",   "Martin", "Henrik"};
  return w;
}

const Words& surnames() {
  static const Words w = {"Fjordholm", "Bakgaard", "Engstrup",   "Skovby",   "Lyngsø",  "Havemann", "Vestergren",
                          "Kirkeby",   "Mølbæk",   "Strandlund", "Holmdal",  "Egelund", "Søbjerg",  "Brinkholt",
                          "Aagaard",   "Lindvig",  "Rosendal",   "Torpholm", "Vindum",  "Kjærsgård"};
  return w;
}

const std::vector<Source>& notification_sources() {
  static const std::vector<Source> s = {{"skole", true},   {"dagtilbud", true},   {"sundhedsplejerske", true},
                                        {"politi", true},  {"hospital", true},    {"egen læge", true},
                                        {"PPR", true},     {"forælder", false},   {"familie/netværk", false},
                                        {"anonym", false}, {"barnet selv", false}};
  return s;
}

const Words& goal_texts() {
  static const Words w = {"Barnet har en fast voksen at tale med hver uge",
                          "Familien har faste rutiner for sengetid og måltider",
                          "Barnet deltager i en fritidsaktivitet mindst én gang om ugen",
                          "Forældrene deltager i forældreforløb og bruger de aftalte redskaber",
                          "Barnet har kontakt med sin netværksfamilie mindst hver anden uge",
                          "Konflikter i hjemmet er halveret målt på trivselsskalaen",
                          "Den unge har en plan for bolig efter det fyldte 18. år",
                          "Barnet sover i eget værelse og har ro til at sove",
                          "Samvær med forældre foregår som aftalt uden aflysninger",
                          "Den unge kan selv håndtere egen økonomi med støtte"};
  return w;
}

const Words& school_goal_texts() {
  static const Words w = {"Fremmøde i skolen på mindst 90 % over det næste halve år",
                          "Barnet afslutter 9. klasse med afgangsprøve", "Den unge er startet på en ungdomsuddannelse",
                          "Barnet møder i skole til tiden hver dag"};
  return w;
}

const Words& follow_up_outcomes() {
  static const Words w = {"indsatsen fortsætter uændret", "indsatsen justeres", "indsatsen udvides",
                          "indsatsen nedtrappes", "indsatsen afsluttes ved planlagt stop"};
  return w;
}

const std::vector<NamedProvider>& provider_names() {
  static const std::vector<NamedProvider> p = {
      {"Familiehuset Fjordby", false},        {"Familieplejen Fjordby", false},
      {"Ungecenter Havnen", false},           {"Børne- og ungehjemmet Skovlyst", false},
      {"Opholdsstedet Bakkely", true},        {"Opholdsstedet Kildevang", true},
      {"Opholdsstedet Strandgården", true},   {"Døgninstitutionen Egebo", true},
      {"Sikret institution Kompasset", true}, {"Kontaktpersonerne Fjordkysten", true},
      {"Familiebehandling Nord ApS", true},   {"Aflastningsfamilierne", false}};
  return p;
}

std::string_view deviation_cause(int group, bool over, int pick) {
  static const Words over_causes[3] = {
      {"Flere børn i forebyggende indsatser end forudsat", "Højere priser på eksterne familiebehandlere"},
      {"Flere anbringelser på opholdssteder end budgetteret", "Stigende døgntakster ved eksterne leverandører",
       "Længere varighed af anbringelser end planlagt"},
      {"Flere udgifter til transport og samvær end forudsat"}};
  static const Words under_causes[3] = {
      {"Færre nye forebyggende indsatser end forventet", "Forsinket opstart af nyt familiebehandlingstilbud"},
      {"Flere anbringelser i netværksplejefamilier end budgetteret", "Færre nye anbringelser end forventet"},
      {"Færre udgifter til transport end forudsat"}};
  const Words& w = over ? over_causes[group] : under_causes[group];
  return w[static_cast<size_t>(pick) % w.size()];
}

}  // namespace overblik::demo

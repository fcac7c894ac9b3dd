#include "core/store/catalogue.h"

namespace overblik::store {

namespace {
constexpr Ore kr(int64_t kroner) {
  return kroner * kOrePerKrone;
}
}  // namespace

const std::vector<CatalogueType>& measure_catalogue() {
  // Prices: the ranges of DOMAIN.md (foster family ~0.4 mio. kr./year, residential institution ~1.1 mio.,
  // residential home 0.65-0.85 mio., network foster family lower, secure institution highest; preventive
  // measures per month). Legal references are to Barnets Lov (in force from 2024-01-01): § 32, stk. 1 lists the
  // supporting measures (nr. 7 støtteophold = respite), § 43 the places of placement; review against local practice.
  static const std::vector<CatalogueType> all = {
      {"mt-familiebehandling", "Familiebehandling", "Family treatment", "preventive", 3,
       "Barnets Lov § 32, stk. 1, nr. 5", "F05", kr(14'000), "month"},
      {"mt-aflastning", "Aflastning", "Respite care", "preventive", 3, "Barnets Lov § 32, stk. 1, nr. 7", "F07",
       kr(9'500), "month"},
      {"mt-kontaktperson", "Kontaktperson", "Contact person", "preventive", 2, "Barnets Lov § 32, stk. 1, nr. 3", "F03",
       kr(7'000), "month"},
      {"mt-anden-hjaelp", "Anden hjælp (praktisk pædagogisk støtte)", "Other help (practical educational support)",
       "preventive", 3, "Barnets Lov § 32, stk. 1, nr. 2", "F02", kr(11'000), "month"},
      {"mt-forebyggende", "Forebyggende indsatser", "Preventive efforts", "preventive", 1, "Barnets Lov § 30", "F00",
       kr(3'500), "month"},
      {"mt-familieraadslagning", "Familierådslagning", "Family group conference", "preventive", 2,
       "Barnets Lov § 32, stk. 1, nr. 8", "F10", kr(6'000), "month"},
      {"mt-oekonomisk-stoette", "Økonomisk støtte", "Financial support", "preventive", 2, "Barnets Lov § 35", "F11",
       kr(4'000), "month"},
      {"mt-andre-forebyggende", "Andre forebyggende indsatser", "Other preventive measures", "preventive", 2,
       "Barnets Lov § 32, stk. 1, nr. 8", "F08", kr(5'000), "month"},
      {"mt-opholdssted", "Opholdssted", "Residential home", "placement", 6, "Barnets Lov § 43", "A05", kr(2'050),
       "day"},
      {"mt-doegninstitution", "Døgninstitution", "Residential institution", "placement", 6, "Barnets Lov § 43", "A06",
       kr(3'000), "day"},
      {"mt-andre-anbringelser", "Andre anbringelser (eget værelse, kollegium)",
       "Other placements (own room, hall of residence)", "placement", 4, "Barnets Lov § 43", "A04", kr(25'000),
       "month"},
      {"mt-plejefamilie", "Plejefamilie", "Foster family", "placement", 5, "Barnets Lov § 43, stk. 1, nr. 1-4", "A02",
       kr(400'000), "year"},
      {"mt-netvaerksplejefamilie", "Netværksplejefamilie", "Kinship (network) foster family", "placement", 4,
       "Barnets Lov § 43, stk. 1, nr. 1-4", "A01", kr(180'000), "year"},
      {"mt-sikret-institution", "Sikret institution", "Secure institution", "placement", 6, "Barnets Lov § 43", "A07",
       kr(7'500), "day"},
      {"mt-diverse", "Diverse (transport, samvær m.m.)", "Other (transport, contact visits etc.)", "other", 2,
       "Barnets Lov § 32, stk. 1, nr. 8", "D01", kr(1'500), "month"},
  };
  return all;
}

Status install_catalogue(Database& db, std::string_view hlc, std::string_view device) {
  auto st = db.prepare(
      "INSERT OR IGNORE INTO measure_type(id, hlc, device, deleted, name_da, name_en, measure_group, ladder_step, "
      "legal_basis, code, default_price_ore, default_price_unit) VALUES(?,?,?,0,?,?,?,?,?,?,?,?)");
  if (!st) return st.error();
  auto& s = st.value();
  for (const auto& t : measure_catalogue()) {
    s.reset();
    s.bind(1, t.id).bind(2, hlc).bind(3, device).bind(4, t.name_da).bind(5, t.name_en).bind(6, t.group);
    s.bind(7, t.ladder_step).bind(8, t.legal_basis).bind(9, t.code).bind(10, t.default_price);
    s.bind(11, t.default_price_unit);
    s.step();
    if (s.failed()) return Error{"measure_type " + std::string(t.id), s.error()};
  }
  return ok_status();
}

}  // namespace overblik::store

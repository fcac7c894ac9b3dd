#pragma once
// The measure catalogue (indsatskatalog): the KLK cockpit's groups, each type mapped to a step on
// Socialstyrelsen's intervention ladder (indsatstrappe), its legal basis in Barnets Lov and a default price.
// Domain data a real workspace needs as much as a demo, so it lives with the store; a municipality edits
// prices and codes in its own workspace afterwards (the rows are ordinary syncable measure_type rows).
#include <string_view>
#include <vector>

#include "core/model/money.h"
#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::store {

struct CatalogueType {
  std::string_view id;  // stable across workspaces ("mt-..."), so independently created workspaces agree
  std::string_view name_da;
  std::string_view name_en;
  std::string_view group;  // preventive | placement | other (schema measure_type.measure_group)
  int ladder_step;         // 1-6, least to most intrusive
  std::string_view legal_basis;
  // Reconciliation code. These are Overblik's own short codes (F = forebyggende, A = anbringelse,
  // D = diverse); a municipality replaces them with its FLIS/DUBU or BU04A codes.
  std::string_view code;
  Ore default_price;
  std::string_view default_price_unit;  // day | month | year
};

// The shipped catalogue: 8 preventive types, 6 placement types, 1 other; prices at 2025 level.
const std::vector<CatalogueType>& measure_catalogue();

// Inserts the catalogue into measure_type with the given clock stamp and device (idempotent: rows that
// already exist, e.g. with a locally edited price, are kept).
Status install_catalogue(Database& db, std::string_view hlc, std::string_view device);

}  // namespace overblik::store

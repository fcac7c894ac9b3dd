#pragma once
// Reads a pulled sync body (a delta or a full snapshot, delta.h) in one streaming pass: nlohmann's SAX
// parser feeds the rows straight into typed Rows, without building a JSON document first (the document of a
// 10,000-row delta costs more than the merge itself). It accepts and refuses exactly what parsing the whole
// document and then row_from_json does: the same JSON syntax, the same value checks and located errors.
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model/result.h"
#include "core/sync/replica.h"

namespace overblik::sync {

enum class BodyKind : uint8_t { delta, full };

// Checks a body (format, version, known tables and columns, value types) and adds its rows to `into`, a row
// replacing an earlier one with the same id. On error `into` is unchanged.
Result<BodyKind> read_body(const std::vector<TableInfo>& tables, std::string_view text, RemoteRows& into);

}  // namespace overblik::sync

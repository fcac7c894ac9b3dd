#pragma once
// A conflict's value as a person reads and types it, and back. The merge keeps values as JSON scalars
// ("12345", "\"Team A\"", "null"); the conflicts view shows them in Danish formats (dates dd-mm-åååå,
// amounts in kroner "1.234,50", thousandths as "0,5") and parses what a person typed into the scalar that
// resolve_conflict writes. What a field holds is read off the schema's naming rules: *_ore is money,
// *_milli thousandths, the date columns are listed; the rest is an integer or a text by column type.
#include <string>
#include <string_view>

#include "core/model/result.h"
#include "core/sync/table_io.h"

namespace overblik::sync {

enum class FieldKind : uint8_t { date, money, milli, integer, text };

FieldKind field_kind(std::string_view field, ColumnType type);

// The value for a person: "" for null, dd-mm-åååå for a date, "1.234,50" for øre, the text without quotes.
// A scalar that does not fit its kind (a text in a date column) is shown as it is stored.
std::string value_text(FieldKind kind, const std::string& value_json);

// What a person typed as the JSON scalar for the column: "" is null where the column allows it. An error
// says what is wrong with the text (where = `where`, e.g. "measure.end") and nothing is written.
Result<std::string> value_json_from_text(FieldKind kind, bool nullable, std::string_view text,
                                         const std::string& where);

}  // namespace overblik::sync

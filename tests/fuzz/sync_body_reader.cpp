// libFuzzer target: any bytes read as a pulled sync body (delta or full snapshot) must give a located error or
// rows, never a crash, leak or undefined behaviour; a refused body leaves the rows already read unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/store/schema.h"
#include "core/sync/body_reader.h"

namespace {
const std::vector<overblik::sync::TableInfo>& tables() {
  static const auto infos = [] {
    auto db = overblik::store::Database::open(":memory:");
    if (!db || !overblik::store::migrate(db.value())) std::abort();
    auto all = overblik::sync::syncable_table_infos(db.value());
    if (!all) std::abort();
    return all.value();
  }();
  return infos;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& infos = tables();
  overblik::sync::RemoteRows rows(infos.size());
  rows[0]["t-seed"] = overblik::sync::Row{std::string("t-seed")};  // stands for rows of an earlier body
  const overblik::sync::RemoteRows before = rows;
  auto read = overblik::sync::read_body(infos, std::string_view(reinterpret_cast<const char*>(data), size), rows);
  if (!read && rows != before) std::abort();  // a refused body changed what was read before it
  return 0;
}

// libFuzzer target: any bytes fed to the snapshot importer on a fresh in-memory workspace must give a located
// error or a successful import, never a crash, leak or undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/store/schema.h"
#include "core/sync/snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto db = overblik::store::Database::open(":memory:");
  if (!db || !overblik::store::migrate(db.value())) return 0;
  auto status =
      overblik::sync::import_snapshot(db.value(), std::string_view(reinterpret_cast<const char*>(data), size));
  if (status) (void)overblik::sync::export_snapshot(db.value());  // a loaded snapshot must export again
  return 0;
}

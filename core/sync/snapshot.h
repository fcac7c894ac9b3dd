#pragma once
// JSON snapshot format v1 (docs/snapshot-v1.md, docs/snapshot-v1.schema.json): a whole workspace as one
// JSON document, used to sync through serve.py, to hand a workspace to a consultant and to load demos.
//
//   {"format":"overblik-snapshot","version":1,
//   "meta":{"<key>":"<value>",...},            workspace_meta without the device-local keys
//   "tables":{
//   "team":[
//   {"id":"team-01","hlc":"...","device":"demo","deleted":0,"name":"Team Nordby"},
//   ...
//   ],
//   ...}}
//
// Tables come in store::syncable_tables() order, rows by id, keys in column order, one row per line, integers
// as JSON numbers: export → import → export gives the same bytes.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/result.h"
#include "core/store/db.h"

namespace overblik::sync {

inline constexpr std::string_view kSnapshotFormat = "overblik-snapshot";
inline constexpr int kSnapshotVersion = 1;
inline constexpr size_t kDefaultMaxSnapshotBytes = size_t{200} * 1024 * 1024;

// workspace_meta keys that belong to one device (its id, clock and id counter) and never travel.
bool is_device_local_meta_key(std::string_view key);

Result<std::string> export_snapshot(store::Database& db);

struct ImportOptions {
  size_t max_bytes = kDefaultMaxSnapshotBytes;  // larger inputs are refused before parsing
};

// Loads a snapshot into a migrated database whose syncable tables are empty, in one transaction. Checks:
// well-formed JSON, format and version, known tables and columns, every column present with its declared type,
// the schema's domain rules (enums, ranges, dates, flags, clock stamps, end >= start), duplicate ids and
// dangling references. The first problem comes back as an Error whose `where` is its JSON path, e.g.
// {"$.tables.child_case[12].child_id", "no child with id \"c-99\""}; on error nothing is changed.
Status import_snapshot(store::Database& db, std::string_view json, const ImportOptions& options = {});

}  // namespace overblik::sync

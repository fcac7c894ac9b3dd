#pragma once
// Sync bodies: the delta a device pushes on its base, read back into rows when pulled, as is the full
// snapshot (snapshot.h, export_snapshot) a device pushes first and then now and then.
//   {"format":"overblik-delta","version":1,"base":"<snapshot id>","device":"..","rows":{"<table>":[{..}]}}
//   {"format":"overblik-snapshot","version":1,"meta":{"device":"..",..},"tables":{"<table>":[{..}]}}
#include <string>
#include <vector>

#include "core/sync/body_reader.h"  // read_body: a pulled body back into rows
#include "core/sync/replica.h"

namespace overblik::sync {

std::string delta_body(const std::vector<TableInfo>& tables, const ChangedRows& rows, const std::string& base,
                       const std::string& device);

}  // namespace overblik::sync

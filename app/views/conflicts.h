// Issue 8: the conflicts view. Lists the sync conflicts of the open workspace (entity, field, both values,
// who wrote them and when); a person keeps one value or edits the result, which resolve_conflict writes as
// a new local edit (core/sync/conflicts.h) that the next sync pushes.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/model/hlc.h"
#include "core/store/db.h"
#include "core/sync/conflict_values.h"
#include "core/sync/conflicts.h"

namespace overblik::app::views {

struct ConflictsState {
  bool open = false;
  bool stale = true;  // reload the list on the next draw (after a sync or a resolve)
  std::vector<sync::Conflict> items;
  struct Field {
    sync::FieldKind kind = sync::FieldKind::text;
    bool nullable = false;
  };
  std::map<std::string, Field> fields;       // conflict id → how its value is read and typed
  std::map<std::string, std::string> edits;  // conflict id → the value as typed (Danish formats)
  std::string error;
};

// Draws the conflicts window while state.open. A resolution is written as `device` with a stamp from `stamp`
// (the open workspace's clock). Returns true when one was written: what the views show may have changed.
bool draw_conflicts(ConflictsState& state, store::Database& db, const std::function<Hlc()>& stamp,
                    const std::string& device);

}  // namespace overblik::app::views

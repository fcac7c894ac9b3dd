// "Mine sager": the caseworker's case list with the red numbers (overdue deadlines) on top, search (Ctrl+F),
// filters (caseworker, team, status, overdue only) and sortable columns. Reads the session's case index
// through a cached CaseList (recomputed only when the query or the index changes); rows are clipped so the
// L demo's 10,000 cases scroll smoothly.
#pragma once

#include <string>

#include "core/viewmodels/case_list.h"

namespace overblik::app {
struct App;
}

namespace overblik::app::views {

struct MyCasesState {
  bool initialised = false;  // the caseworker filter starts at the first caseworker ("me")
  viewmodels::CaseListQuery query;
  viewmodels::CaseList list;
  bool focus_search = false;
};

void draw_my_cases(App& app);
// Opens a case page (from any list).
void open_case(App& app, const std::string& case_id);

}  // namespace overblik::app::views

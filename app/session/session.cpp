#include "app/session/session.h"

#include <chrono>
#include <ctime>
#include <type_traits>

#include "core/viewmodels/demo_workspace.h"

namespace overblik::app::session {

namespace {

int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

double clock_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The case a command is about (directly, or through its measure), and the steering entity it changes.
struct Touch {
  std::string case_id;
  const char* entity = nullptr;  // table whose facts change; nullptr = none
  std::string row_id;            // for measures: filled in from the command's result when new
};

std::string case_of_measure(const steering::Facts& facts, const std::string& measure_id) {
  const auto& m = facts.measures;
  for (size_t i = 0; i < m.size(); ++i)
    if (m.id[i] == measure_id && m.case_idx[i] < facts.cases.dim.size()) return facts.cases.dim.id[m.case_idx[i]];
  return {};
}

Touch touch_of(const store::Command& command, const steering::Facts& facts) {
  return std::visit(
      [&](const auto& c) -> Touch {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, store::AssignCase> || std::is_same_v<T, store::CloseCase>)
          return {c.case_id, "child_case", c.case_id};
        else if constexpr (std::is_same_v<T, store::StartMeasure>)
          return {c.case_id, "measure", ""};
        else if constexpr (std::is_same_v<T, store::StopMeasure> || std::is_same_v<T, store::ChangeMeasurePrice>)
          return {case_of_measure(facts, c.measure_id), "measure", c.measure_id};
        else if constexpr (std::is_same_v<T, store::OpenCase>)
          return {"", "child_case", ""};
        else if constexpr (requires { c.case_id; })
          return {c.case_id, nullptr, ""};
        else
          return {"", "other", ""};  // organisation, finance, catalogue: reload what depends on them
      },
      command);
}

}  // namespace

Day local_today() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  return day_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string new_device_id() {
  int64_t t = now_ms();
  std::string digits;
  do {
    digits.insert(digits.begin(), "0123456789abcdefghijklmnopqrstuvwxyz"[t % 36]);
    t /= 36;
  } while (t > 0);
  return "web-" + digits;
}

bool Session::holds_workspace(store::Database& db) {
  auto n = db.query_int("SELECT COUNT(*) FROM workspace_meta WHERE key = 'device_id' AND value <> ''");
  return n.ok() && n.value() > 0;
}

std::string Session::workspace_name(store::Database& db) {
  auto st = db.prepare("SELECT value FROM workspace_meta WHERE key = 'name'");
  if (!st || !st.value().step()) return {};
  return st.value().text(0);
}

Status Session::open_demo(demo::DemoSize size, uint64_t seed, store::Database* target) {
  const double start = clock_ms();
  bool persistent = target && !holds_workspace(*target);
  store::Database db;
  if (persistent) {
    db = std::move(*target);  // the session owns the browser's workspace connection from now on
  } else {
    auto memory = store::Database::open(":memory:");
    if (!memory) return memory.error();
    db = std::move(memory.value());
  }
  auto ws = viewmodels::create_demo_workspace(std::move(db), {size, seed, local_today()}, new_device_id());
  if (!ws) return ws.error();
  auto s = adopt(std::move(ws.value()), persistent);
  load_ms_ = clock_ms() - start;
  return s;
}

Status Session::open_existing(store::Database* target) {
  if (!target) return Error{"workspace", "no workspace is loaded"};
  auto ws = store::Workspace::adopt(std::move(*target));
  if (!ws) return ws.error();
  return adopt(std::move(ws.value()), true);
}

struct Session::Models {
  steering::Facts facts;
  viewmodels::CaseIndex index;
  Day today = 0;
};

// The derived models of the workspace's rows as they are now.
Result<Session::Models> Session::build_models(store::Workspace& ws) {
  Models m;
  m.today = viewmodels::workspace_as_of(ws, local_today());
  auto facts = steering::load_facts(ws.db());
  if (!facts) return facts.error();
  auto index = viewmodels::CaseIndex::build(ws.db(), m.today);
  if (!index) return index.error();
  m.facts = std::move(facts.value());
  m.index = std::move(index.value());
  return m;
}

Status Session::adopt(store::Workspace ws, bool persistent) {
  const double start = clock_ms();
  auto models = build_models(ws);
  if (!models) return models.error();
  name_ = ws.name();
  workspace_.emplace(std::move(ws));
  take(std::move(models.value()));
  persistent_ = persistent;
  error_.reset();
  load_ms_ = clock_ms() - start;
  return ok_status();
}

void Session::take(Models models) {
  facts_ = std::move(models.facts);
  models.index.succeed(index_);
  index_ = std::move(models.index);
  today_ = models.today;
  changed_case_.clear();
  ++generation_;
}

Status Session::reload_after_merge(const std::string& max_remote_hlc) {
  if (!workspace_) return Error{"workspace", "no workspace is open"};
  if (!max_remote_hlc.empty()) {
    auto remote = parse_hlc(max_remote_hlc);
    if (!remote) return remote.error();
    workspace_->observe(remote.value(), now_ms());
  }
  const double start = clock_ms();
  auto models = build_models(*workspace_);
  if (!models) return models.error();  // the old models stay: the views show the data before the merge
  take(std::move(models.value()));
  last_refresh_ms_ = clock_ms() - start;
  return ok_status();
}

void Session::close() {
  workspace_.reset();
  facts_ = {};
  index_ = {};
  ++generation_;
}

bool Session::dispatch(const store::Command& command) {
  if (!workspace_) {
    error_ = Error{"workspace", "no workspace is open"};
    return false;
  }
  Touch touch = touch_of(command, facts_);
  auto result = store::apply(*workspace_, command, now_ms());
  if (!result) {
    error_ = result.error();
    return false;
  }
  const double start = clock_ms();
  error_.reset();
  auto& db = workspace_->db();
  if (std::holds_alternative<store::OpenCase>(command)) touch.case_id = touch.row_id = result.value().id;
  if (touch.row_id.empty()) touch.row_id = result.value().id;
  Status refreshed = ok_status();
  if (touch.entity && std::string_view(touch.entity) == "other") {
    // Rare commands (teams, caseworkers, budget lines, ...): rebuild the facts and the people lists.
    auto facts = steering::load_facts(db);
    if (facts) facts_ = std::move(facts.value());
    refreshed = index_.refresh_people(db);
  } else if (touch.entity) {
    refreshed = steering::apply_change(facts_, db, touch.entity, touch.row_id);
  }
  if (refreshed && !touch.case_id.empty()) refreshed = index_.refresh_case(db, touch.case_id);
  if (!refreshed) error_ = refreshed.error();  // the command landed; the views may be stale until reopened
  changed_case_ = touch.case_id;
  ++generation_;
  last_refresh_ms_ = clock_ms() - start;
  return true;
}

}  // namespace overblik::app::session

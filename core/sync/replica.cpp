#include "core/sync/replica.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "core/sync/row_json.h"

namespace overblik::sync {

namespace {
const char* kHeadKey = "sync.head";
const char* kDepthKey = "sync.depth";
}  // namespace

std::string base_key(const std::string& table, const std::string& id) {
  return "base/" + table + "/" + id;
}

Result<Replica> Replica::open(store::Database& db) {
  auto tables = syncable_table_infos(db);
  if (!tables) return tables.error();
  std::vector<MetaColumns> meta;
  for (const auto& t : tables.value()) {
    auto m = MetaColumns::of(t);
    if (!m) return m.error();
    meta.push_back(m.value());
  }
  Replica r(db, std::move(tables.value()), std::move(meta));
  if (auto s = r.prepare(); !s) return s.error();
  return r;
}

Status Replica::prepare() {
  auto prep = [&](store::Statement& into, const std::string& sql) -> Status {
    auto st = db_->prepare(sql);
    if (!st) return st.error();
    into = std::move(st.value());
    return ok_status();
  };
  for (const auto& t : tables_) {
    TableStatements s;
    const std::string q = "\"" + t.name + "\"";
    const std::string row = json_object_sql(t, "t");
    if (auto r = prep(s.changed, "SELECT t.id, " + row + " AS j FROM " + q +
                                     " AS t LEFT JOIN sync_state AS s ON s.key = 'base/" + t.name +
                                     "/' || t.id WHERE s.value IS NOT j ORDER BY t.id");
        !r)
      return r;
    if (auto r = prep(s.all, "SELECT t.id, " + row + " FROM " + q + " AS t ORDER BY t.id"); !r) return r;
    if (auto r = prep(s.local, "SELECT " + row + " FROM " + q + " AS t WHERE t.id = ?1"); !r) return r;
    st_.push_back(std::move(s));
  }
  writers_.resize(tables_.size());
  if (auto r = prep(state_get_, "SELECT value FROM sync_state WHERE key = ?1"); !r) return r;
  // An upsert, not INSERT OR REPLACE: an existing key is updated in place instead of deleted and reinserted.
  if (auto r = prep(
          state_put_,
          "INSERT INTO sync_state(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
      !r)
    return r;
  return prep(conflict_put_,
              "INSERT OR IGNORE INTO conflict(id, entity, entity_id, field, local_value, remote_value, local_device,"
              " remote_device, local_hlc, remote_hlc, kind) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
}

namespace {

// Runs a one-column query bound to `key`; nullopt when it gives no row.
Result<std::optional<std::string>> query_text(store::Statement& st, const std::string& key) {
  st.reset();
  st.bind(1, key);
  std::optional<std::string> out;
  if (st.step()) out = st.text(0);
  if (st.failed()) return Error{"sync", st.error()};
  st.reset();
  return out;
}

Status run(store::Statement& st) {
  st.step();
  if (st.failed()) return Error{"sync", st.error()};
  st.reset();
  return ok_status();
}

Result<std::optional<Row>> parse_row_text(const TableInfo& t, const std::optional<std::string>& text,
                                          const std::string& where) {
  if (!text) return std::optional<Row>{};
  auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded()) return Error{where, "stored row is not JSON"};
  auto row = row_from_json(t, j, where);
  if (!row) return row.error();
  return std::optional<Row>(std::move(row.value()));
}

const std::string& text_of(const Value& v) {
  static const std::string empty;  // a constant, not state
  const auto* s = std::get_if<std::string>(&v);
  return s ? *s : empty;
}

}  // namespace

Result<std::optional<std::string>> Replica::base_head() {
  return query_text(state_get_, kHeadKey);
}

Result<int64_t> Replica::base_depth() {
  auto d = query_text(state_get_, kDepthKey);
  if (!d) return d.error();
  int64_t depth = 0;
  if (d.value()) {
    const std::string& t = *d.value();
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), depth);
    if (ec != std::errc() || end != t.data() + t.size()) return Error{kDepthKey, "not a number: " + t};
  }
  return depth;
}

Status Replica::set_state(const std::string& key, const std::string& value) {
  state_put_.reset();
  state_put_.bind(1, key).bind(2, value);
  return run(state_put_);
}

Result<ChangedRows> Replica::changed_rows(bool all) {
  ChangedRows out;
  out.by_table.resize(tables_.size());
  for (size_t ti = 0; ti < tables_.size(); ++ti) {
    store::Statement& st = all ? st_[ti].all : st_[ti].changed;
    st.reset();
    while (st.step()) out.by_table[ti].emplace_back(st.text(0), st.text(1));
    if (st.failed()) return Error{tables_[ti].name, st.error()};
    st.reset();
    out.count += out.by_table[ti].size();
  }
  return out;
}

Status Replica::record_conflicts(size_t ti, const Row& local, const Row& remote, const RowMerge& m) {
  const TableInfo& t = tables_[ti];
  const MetaColumns& mc = meta_[ti];
  const std::string& id = text_of(remote[mc.id]);
  for (const auto& c : m.conflicts) {
    const std::string& lh = text_of(local[mc.hlc]);
    const std::string& rh = text_of(remote[mc.hlc]);
    auto& st = conflict_put_;
    st.reset();
    st.bind(1, t.name + "/" + id + "/" + c.field + "/" + lh + "/" + rh)
        .bind(2, t.name)
        .bind(3, id)
        .bind(4, c.field)
        .bind(5, value_json_text(c.local))
        .bind(6, value_json_text(c.remote))
        .bind(7, text_of(local[mc.device]))
        .bind(8, text_of(remote[mc.device]))
        .bind(9, lh)
        .bind(10, rh)
        .bind(11, conflict_kind_name(c.kind));
    if (auto s = run(st); !s) return s;
  }
  return ok_status();
}

Status Replica::write_merged(size_t ti, RowWriter& writer, const Row* local, const Row& remote, RowMerge& m) {
  auto written = writer.write(m.merged);
  if (written || !local) return written;
  // The merged row breaks a rule spanning fields (e.g. closed >= opened after each side changed one):
  // keep the winner's whole row, and record every field it overrides as a conflict.
  const MetaColumns& mc = meta_[ti];
  const bool local_won = m.merged[mc.hlc] == (*local)[mc.hlc] && m.merged[mc.device] == (*local)[mc.device];
  const Row& winner = local_won ? *local : remote;
  for (size_t c = 0; c < winner.size(); ++c) {
    if (mc.is_meta(c) || winner[c] == m.merged[c]) continue;
    bool recorded = false;
    for (const auto& fc : m.conflicts) recorded = recorded || fc.field == tables_[ti].columns[c].name;
    if (!recorded) m.conflicts.push_back({tables_[ti].columns[c].name, (*local)[c], remote[c], ConflictKind::field});
  }
  m.merged = winner;
  return writer.write(m.merged);
}

Status Replica::merge_table(size_t ti, const std::map<std::string, Row>& rows, MergeReport& report) {
  const TableInfo& t = tables_[ti];
  if (rows.empty()) return ok_status();
  if (!writers_[ti]) {  // prepared once per table, on first use
    auto w = RowWriter::open(*db_, t, WriteMode::upsert);
    if (!w) return w.error();
    writers_[ti].emplace(std::move(w.value()));
  }
  RowWriter& writer = *writers_[ti];
  for (const auto& entry : rows) {
    const std::string& id = entry.first;  // not a structured binding: clang 14 cannot capture those
    const Row& remote = entry.second;
    auto where = [&] { return t.name + "[" + id + "]"; };
    auto base_text = query_text(state_get_, base_key(t.name, id));
    if (!base_text) return base_text.error();
    // Same text as SQLite's json_object gives for equal values (tests/core/sync_row_json_test.cpp): an unchanged
    // row is skipped without parsing, and the text is the new base.
    const std::string remote_text = row_json_text(t, remote);
    if (base_text.value() && *base_text.value() == remote_text) continue;
    ++report.remote_rows;
    const std::string& hlc = text_of(remote[meta_[ti].hlc]);
    if (hlc > report.max_hlc) report.max_hlc = hlc;
    auto local_text = query_text(st_[ti].local, id);
    if (!local_text) return local_text.error();
    RowMerge m;
    std::optional<Row> local;
    if (!local_text.value() || local_text.value() == base_text.value()) {
      m.merged = remote;  // unchanged here: the server's row as it is
    } else {
      auto base = parse_row_text(t, base_text.value(), "base of " + where());
      if (!base) return base.error();
      auto l = parse_row_text(t, local_text.value(), where());
      if (!l) return l.error();
      local = std::move(l.value());
      m = merge_row(t, meta_[ti], base.value() ? &*base.value() : nullptr, &*local, remote);
    }
    if (!local || m.merged != *local) {
      if (auto s = write_merged(ti, writer, local ? &*local : nullptr, remote, m); !s)
        return Error{where(), s.error().message};
      ++report.rows_written;
    }
    if (local) {
      if (auto s = record_conflicts(ti, *local, remote, m); !s) return s;
      report.conflicts += m.conflicts.size();
    }
    if (auto s = set_state(base_key(t.name, id), remote_text); !s) return s;
  }
  return ok_status();
}

Result<MergeReport> Replica::merge(const RemoteRows& remote, const std::string& head, int64_t depth) {
  if (remote.size() != tables_.size()) return Error{"sync", "remote rows do not match the syncable tables"};
  MergeReport report;
  store::Transaction tx(*db_);
  if (!tx.begun()) return Error{"sync", "cannot begin a transaction: " + db_->last_error()};
  // Tables go parents first (syncable_tables' order), so a row's references are in before it. (Not
  // PRAGMA defer_foreign_keys: setting a pragma flag expires every prepared statement.)
  for (size_t ti = 0; ti < tables_.size(); ++ti)
    if (auto s = merge_table(ti, remote[ti], report); !s) return s.error();
  if (auto s = set_state(kHeadKey, head); !s) return s.error();
  if (auto s = set_state(kDepthKey, std::to_string(depth)); !s) return s.error();
  if (auto s = tx.commit(); !s) return Error{"sync merge", s.error().message};
  return report;
}

Status Replica::record_push(const ChangedRows& pushed, const std::string& head, int64_t depth) {
  store::Transaction tx(*db_);
  if (!tx.begun()) return Error{"sync", "cannot begin a transaction: " + db_->last_error()};
  for (size_t ti = 0; ti < pushed.by_table.size() && ti < tables_.size(); ++ti)
    for (const auto& [id, text] : pushed.by_table[ti])
      if (auto s = set_state(base_key(tables_[ti].name, id), text); !s) return s;
  if (auto s = set_state(kHeadKey, head); !s) return s;
  if (auto s = set_state(kDepthKey, std::to_string(depth)); !s) return s;
  return tx.commit();
}

}  // namespace overblik::sync

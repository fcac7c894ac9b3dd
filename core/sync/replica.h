#pragma once
// The local side of sync: the workspace database plus the last synced base, kept durably in sync_state
// (one entry per row, "base/<table>/<id>" → the row's canonical JSON text, and "sync.head"/"sync.depth").
// Keeping the base per row makes the delta a single indexed join per table and the merge a few key look-ups
// per remote row, independent of the workspace's size.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/result.h"
#include "core/store/db.h"
#include "core/sync/row_merge.h"
#include "core/sync/table_io.h"

namespace overblik::sync {

// Rows read from the server, per syncable table (same order as Replica::tables()), by id; later snapshots
// of a chain overwrite earlier ones.
using RemoteRows = std::vector<std::map<std::string, Row>>;

// Local rows to push: per table, (id, canonical JSON text).
struct ChangedRows {
  std::vector<std::vector<std::pair<std::string, std::string>>> by_table;
  size_t count = 0;
};

struct MergeReport {
  size_t remote_rows = 0;   // rows the server changed since the base
  size_t rows_written = 0;  // local rows that changed
  size_t conflicts = 0;     // conflict records added
  std::string max_hlc;      // newest remote stamp seen: feed it to the device's HlcClock::observe
};

class Replica {
 public:
  // Reads the schema of the syncable tables; the database must be migrated.
  static Result<Replica> open(store::Database& db);

  store::Database& db() { return *db_; }
  const std::vector<TableInfo>& tables() const { return tables_; }
  RemoteRows empty_remote() const { return RemoteRows(tables_.size()); }

  // The server snapshot the base is (nullopt before the first sync), and how many deltas it is past the
  // last full snapshot of its chain.
  Result<std::optional<std::string>> base_head();
  Result<int64_t> base_depth();

  // Rows that differ from the base (every row when `all`): what a delta (or a full snapshot) carries.
  Result<ChangedRows> changed_rows(bool all);

  // Merges rows of the server head into the workspace against the base, records conflicts, and makes the
  // head the new base, all in one transaction: on any error nothing changes.
  Result<MergeReport> merge(const RemoteRows& remote, const std::string& head, int64_t depth);

  // After a successful push: the pushed rows become the base at the new head.
  Status record_push(const ChangedRows& pushed, const std::string& head, int64_t depth);

 private:
  struct TableStatements {
    store::Statement changed, all, local;
  };
  Replica(store::Database& db, std::vector<TableInfo> tables, std::vector<MetaColumns> meta)
      : db_(&db), tables_(std::move(tables)), meta_(std::move(meta)) {}
  Status prepare();
  Result<std::optional<Row>> read_json_row(store::Statement& st, const TableInfo& t, const std::string& key);
  Status set_state(const std::string& key, const std::string& value);
  Status merge_table(size_t ti, const std::map<std::string, Row>& rows, MergeReport& report);
  Status write_merged(size_t ti, RowWriter& writer, const Row* local, const Row& remote, RowMerge& m);
  Status record_conflicts(size_t table, const Row& local, const Row& remote, const RowMerge& m);

  store::Database* db_;
  std::vector<TableInfo> tables_;
  std::vector<MetaColumns> meta_;
  std::vector<TableStatements> st_;
  std::vector<std::optional<RowWriter>> writers_;  // upserts for merged rows, per table
  store::Statement state_get_, state_put_, conflict_put_;
};

std::string base_key(const std::string& table, const std::string& id);

}  // namespace overblik::sync

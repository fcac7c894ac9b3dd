#pragma once
// A thin RAII wrapper over the SQLite C API. Errors come back as located overblik::Error values;
// nothing here throws or aborts on bad data.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace overblik::store {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binding is 1-based, as in SQLite.
  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind_null(int i);
  template <class T>
  Statement& bind(int i, const std::optional<T>& v) {
    return v ? bind(i, *v) : bind_null(i);
  }

  // step(): true while a row is available; false when done. error() is set on failure.
  bool step();
  void reset();
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  int columns() const { return sqlite3_column_count(stmt_); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  int int32(int col) const { return sqlite3_column_int(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string text(int col) const;
  std::optional<int64_t> opt_int64(int col) const;
  std::optional<std::string> opt_text(int col) const;
  const char* name(int col) const { return sqlite3_column_name(stmt_, col); }
  sqlite3_stmt* raw() { return stmt_; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string error_;
};

class Database {
 public:
  Database() = default;
  Database(Database&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Database& operator=(Database&& o) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Opens (or creates) a database file; ":memory:" for an in-memory one. Turns foreign keys on.
  static Result<Database> open(const std::string& path);

  Status exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  // Runs a query expected to give one integer (e.g. COUNT(*)); an error if it gives none.
  Result<int64_t> query_int(std::string_view sql);

  sqlite3* raw() const { return db_; }
  std::string last_error() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }
  int64_t changes() const { return sqlite3_changes64(db_); }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Status commit();
  bool begun() const { return begun_; }

 private:
  Database& db_;
  bool begun_ = false;
  bool done_ = false;
};

}  // namespace overblik::store

// Test and bench harness for workspace persistence: a small wasm module with exported functions that
// tests/e2e/persist*.test.mjs and bench/persistence drive from a page (build/web-persist-harness). It opens
// SQLite either on Overblik's page VFS (the product) or, for the bench baseline, on Emscripten's default
// file system (an IDBFS mount synced whole with FS.syncfs).
#include <emscripten/emscripten.h>
#include <sqlite3.h>

#include <map>
#include <string>

#include "wasm/persist/page_vfs.h"
#include "wasm/persist/storage.h"

namespace {

std::map<std::string, sqlite3*>& connections() {
  static std::map<std::string, sqlite3*> c;
  return c;
}

sqlite3* conn(const char* key) {
  auto it = connections().find(key);
  return it == connections().end() ? nullptr : it->second;
}

std::string& scratch() {
  static std::string s;
  return s;
}

int exec(sqlite3* db, const std::string& sql) {
  return db ? sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) : SQLITE_MISUSE;
}

double query_number(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  double v = -1;
  if (db && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_double(st, 0);
  }
  sqlite3_finalize(st);
  return v;
}

int adopt(const char* key, sqlite3* db) {
  connections()[key] = db;
  return exec(db, "CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT, pad BLOB)");
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int h_init() {
  return overblik::persist::init_storage().ok() ? 0 : 1;
}

// Opens a workspace (its image must have been loaded by Module.persist.open) on the page VFS.
EMSCRIPTEN_KEEPALIVE int h_open(const char* id) {
  if (sqlite3* old = conn(id)) {
    sqlite3_close(old);
    connections().erase(id);
  }
  auto db = overblik::persist::open_database(id);
  if (!db.ok()) {
    scratch() = db.error().text();
    return 1;
  }
  // The harness keeps the raw handle; the Database wrapper would close it when it goes out of scope.
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(id, &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, overblik::persist::page_vfs_name());
  if (rc != SQLITE_OK) return rc;
  rc = adopt(id, raw);
  return rc == SQLITE_READONLY ? SQLITE_OK : rc;  // a read-only tab cannot create the table: fine
}

// Baseline: a database file on Emscripten's file system (the bench mounts IDBFS at its directory).
EMSCRIPTEN_KEEPALIVE int h_open_file(const char* path) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path, &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) return rc;
  return adopt(path, raw);
}

EMSCRIPTEN_KEEPALIVE int h_close(const char* key) {
  sqlite3* db = conn(key);
  connections().erase(key);
  return sqlite3_close(db);
}

// One row in its own transaction (autocommit).
EMSCRIPTEN_KEEPALIVE int h_insert(const char* key, double n) {
  sqlite3* db = conn(key);
  sqlite3_stmt* st = nullptr;
  int rc =
      db ? sqlite3_prepare_v2(db, "INSERT INTO t(id, v) VALUES(?1, 'row ' || ?1)", -1, &st, nullptr) : SQLITE_MISUSE;
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, static_cast<sqlite3_int64>(n));
    rc = sqlite3_step(st);
    rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
  }
  sqlite3_finalize(st);
  return rc;
}

// Grows the database to at least `bytes` with padding rows, in one transaction.
EMSCRIPTEN_KEEPALIVE int h_fill(const char* key, double bytes) {
  sqlite3* db = conn(key);
  int rc = exec(db, "BEGIN");
  sqlite3_stmt* st = nullptr;
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db, "INSERT INTO t(id, v, pad) VALUES(?1, 'pad', randomblob(3500))", -1, &st, nullptr);
  const char* size_sql = "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size";
  for (int64_t i = 1; rc == SQLITE_OK && query_number(db, size_sql) < bytes; ++i) {
    sqlite3_bind_int64(st, 1, -i);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  return rc == SQLITE_OK ? exec(db, "COMMIT") : rc;
}

EMSCRIPTEN_KEEPALIVE int h_exec(const char* key, const char* sql) {
  return exec(conn(key), sql);
}
EMSCRIPTEN_KEEPALIVE double h_number(const char* key, const char* sql) {
  return query_number(conn(key), sql);
}

EMSCRIPTEN_KEEPALIVE const char* h_integrity(const char* key) {
  sqlite3* db = conn(key);
  sqlite3_stmt* st = nullptr;
  scratch().clear();
  if (db && sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) scratch() += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  } else {
    scratch() = db ? sqlite3_errmsg(db) : "no connection";
  }
  sqlite3_finalize(st);
  return scratch().c_str();
}

EMSCRIPTEN_KEEPALIVE const char* h_last_error() {
  return scratch().c_str();
}
EMSCRIPTEN_KEEPALIVE double h_committed_seq(const char* id) {
  return static_cast<double>(overblik::persist::committed_seq(id));
}

EMSCRIPTEN_KEEPALIVE const char* h_save_label(const char* id) {
  scratch() = overblik::persist::save_label(overblik::persist::save_status(id));
  return scratch().c_str();
}

// Installs a staged import's bytes under `id` and validates them (header + integrity_check): 0 if good.
EMSCRIPTEN_KEEPALIVE int h_check_image(const char* id, const uint8_t* bytes, int size) {
  overblik::persist::install_image(id, std::vector<uint8_t>(bytes, bytes + size), 0);
  auto st = overblik::persist::check_image(id);
  scratch() = st.ok() ? "ok" : st.error().text();
  overblik::persist::forget(id);
  return st.ok() ? 0 : 1;
}

}  // extern "C"

int main() {
  return 0;
}

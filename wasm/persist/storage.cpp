// Bridge between the page VFS and the JS persistence library (wasm/js/library_persist.js).
#include "wasm/persist/storage.h"

#include <emscripten/emscripten.h>
#include <sqlite3.h>

#include "wasm/persist/page_vfs.h"

extern "C" {
// Implemented in wasm/js/library_persist.js.
void overblik_persist_commit(const char* file, double seq, double size, const uint32_t* chunks, int count,
                             const uint8_t* base);
double overblik_persist_image_size(const char* file);
double overblik_persist_take_image(const char* file, uint8_t* dst);
int overblik_persist_may_write(const char* file);
void overblik_persist_status(const char* file, double* out);
void overblik_persist_error_text(const char* file, char* buf, int len);
void overblik_persist_request(const char* op, const char* file);
}

namespace overblik::persist {
namespace {

void js_sink(const CommitBatch& b) {
  overblik_persist_commit(b.file.c_str(), static_cast<double>(b.seq), static_cast<double>(b.size), b.chunks.data(),
                          static_cast<int>(b.chunks.size()), b.base);
}

bool js_gate(const std::string& file) {
  return overblik_persist_may_write(file.c_str()) != 0;
}

}  // namespace

Status init_storage() {
  int rc = register_page_vfs(js_sink, js_gate);
  if (rc != SQLITE_OK) return Error{"persist", std::string("cannot register the storage VFS: ") + sqlite3_errstr(rc)};
  return ok_status();
}

void request_open(const std::string& id) {
  overblik_persist_request("open", id.c_str());
}
void request_take_over(const std::string& id) {
  overblik_persist_request("takeover", id.c_str());
}

bool image_ready(const std::string& id) {
  return overblik_persist_image_size(id.c_str()) >= 0;
}

Result<store::Database> open_database(const std::string& id) {
  const double size = overblik_persist_image_size(id.c_str());
  if (size >= 0) {
    std::vector<uint8_t> bytes(static_cast<size_t>(size));
    const double seq = overblik_persist_take_image(id.c_str(), bytes.data());
    install_image(id, std::move(bytes), static_cast<uint64_t>(seq));
  } else if (!image(id)) {
    return Error{id, "the workspace is not loaded yet"};
  }
  // Database::open uses the default VFS: make ours the default for this open only.
  sqlite3_vfs* previous = sqlite3_vfs_find(nullptr);
  sqlite3_vfs_register(sqlite3_vfs_find(page_vfs_name()), 1);
  auto db = store::Database::open(id);
  if (previous) sqlite3_vfs_register(previous, 1);
  return db;
}

SaveStatus save_status(const std::string& id) {
  double v[11] = {};
  overblik_persist_status(id.c_str(), v);
  SaveStatus s;
  s.known = v[0] != 0;
  s.pending = static_cast<int>(v[1]);
  s.committed_seq = static_cast<uint64_t>(v[2]);
  s.durable_seq = static_cast<uint64_t>(v[3]);
  s.error = static_cast<int>(v[4]);
  s.writable = v[5] != 0;
  s.taken_over = v[6] != 0;
  s.usage = v[7];
  s.quota = v[8];
  s.persisted = v[9] != 0;
  s.remote_seq = static_cast<uint64_t>(v[10]);
  if (s.error) {
    char buf[512] = {};
    overblik_persist_error_text(id.c_str(), buf, sizeof buf);
    s.error_text = buf;
  }
  return s;
}

std::string save_label(const SaveStatus& s) {
  if (!s.known) return "";
  if (s.taken_over) return "Skrivebeskyttet: en anden fane har overtaget";
  if (!s.writable) return "Skrivebeskyttet: åben i en anden fane";
  if (s.error) return "Ikke gemt: " + s.error_text;
  if (s.pending > 0) return "Gemmer…";
  return "Gemt";
}

Status check_image(const std::string& file) {
  const auto* img = image(file);
  static const char kMagic[] = "SQLite format 3";
  if (!img || img->size() < 512 || std::string(reinterpret_cast<const char*>(img->data()), 15) != kMagic) {
    return Error{file, "not an SQLite database file"};
  }
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, page_vfs_name());
  std::string verdict;
  if (rc == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
      while (sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char* t = sqlite3_column_text(st, 0);
        verdict += t ? reinterpret_cast<const char*>(t) : "";
        verdict += '\n';
      }
    }
    sqlite3_finalize(st);
  }
  std::string err = db ? sqlite3_errmsg(db) : "cannot open";
  sqlite3_close(db);
  if (verdict != "ok\n") return Error{file, "the database is damaged: " + (verdict.empty() ? err : verdict)};
  return ok_status();
}

}  // namespace overblik::persist

// For the JS side's compaction (library_persist.js committedImage): the committed image of `file` as
// out = {address, size, seq}; 0 (and nothing written) if there is none or it holds uncommitted writes.
extern "C" EMSCRIPTEN_KEEPALIVE int overblik_persist_image_view(const char* file, double* out) {
  using namespace overblik::persist;
  const auto* img = image(file);
  if (!img || has_uncommitted(file)) return 0;
  out[0] = static_cast<double>(reinterpret_cast<uintptr_t>(img->data()));
  out[1] = static_cast<double>(img->size());
  out[2] = static_cast<double>(committed_seq(file));
  return 1;
}

// For a read-only tab following the writer (library_persist.js follow): where to write the newer commits
// of `file` (see page_vfs.h refresh_target), or 0 while its connection is inside a transaction.
extern "C" EMSCRIPTEN_KEEPALIVE double overblik_persist_refresh_target(const char* file, double size, double seq) {
  uint8_t* p = overblik::persist::refresh_target(file, static_cast<uint64_t>(size), static_cast<uint64_t>(seq));
  return static_cast<double>(reinterpret_cast<uintptr_t>(p));
}

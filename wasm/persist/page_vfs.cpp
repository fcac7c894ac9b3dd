// The in-memory page VFS (see page_vfs.h). Single-threaded (the wasm module has one thread), so the file
// table is a plain map owned by this translation unit: a VFS is process-wide by SQLite's design.
#include "wasm/persist/page_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <new>

namespace overblik::persist {
namespace {

struct FileData {
  std::string name;
  bool persistent = false;  // the main database file of a workspace: its commits go to the sink
  bool writable = true;
  uint64_t seq = 0;
  int locked = 0;  // open handles holding at least a SHARED lock (a read or write transaction is open)
  std::vector<uint8_t> bytes;
  std::vector<uint32_t> dirty;  // chunks written since the last commit, each once
  std::vector<bool> is_dirty;

  void mark(uint64_t first_byte, uint64_t end_byte) {
    if (end_byte <= first_byte) return;
    const uint64_t last = (end_byte - 1) / kChunkSize;
    if (is_dirty.size() <= last) is_dirty.resize(last + 1, false);
    for (uint64_t c = first_byte / kChunkSize; c <= last; ++c) {
      if (!is_dirty[c]) {
        is_dirty[c] = true;
        dirty.push_back(static_cast<uint32_t>(c));
      }
    }
  }
  void resize(uint64_t n) {
    const uint64_t old = bytes.size();
    if (n == old) return;
    bytes.resize(n, 0);
    if (n > old) {
      mark(old, n);  // new chunks and the old partial last chunk
    } else {
      // Chunks past the end are deleted by the sink from the new size; forget their dirty marks.
      const uint64_t keep = (n + kChunkSize - 1) / kChunkSize;
      dirty.erase(std::remove_if(dirty.begin(), dirty.end(), [&](uint32_t c) { return c >= keep; }), dirty.end());
      if (is_dirty.size() > keep) is_dirty.resize(keep);
      if (n % kChunkSize) mark(n - 1, n);
    }
  }
};

struct State {
  sqlite3_vfs vfs{};
  sqlite3_vfs* fallback = nullptr;  // randomness, time and sleep come from the platform's default VFS
  CommitSink sink = nullptr;
  WriteGate gate = nullptr;
  std::map<std::string, std::shared_ptr<FileData>> files;
  bool registered = false;
};

State& state() {
  static State s;
  return s;
}

// The sqlite3_file SQLite allocates for us: the base struct first, then our handle.
struct OpenFile {
  sqlite3_file base;
  std::shared_ptr<FileData> data;
  int lock = SQLITE_LOCK_NONE;
};

FileData& data_of(sqlite3_file* f) {
  return *reinterpret_cast<OpenFile*>(f)->data;
}

void ship_commit(FileData& d) {
  if (!d.persistent || d.dirty.empty()) return;
  std::sort(d.dirty.begin(), d.dirty.end());
  ++d.seq;
  if (state().sink) state().sink(CommitBatch{d.name, d.seq, d.bytes.size(), d.dirty, d.bytes.data()});
  d.dirty.clear();
  d.is_dirty.assign(d.is_dirty.size(), false);
}

int x_close(sqlite3_file* f) {
  auto* of = reinterpret_cast<OpenFile*>(f);
  ship_commit(*of->data);
  if (of->lock > SQLITE_LOCK_NONE) --of->data->locked;
  of->~OpenFile();
  return SQLITE_OK;
}

int x_read(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset) {
  const auto& b = data_of(f).bytes;
  const uint64_t off = static_cast<uint64_t>(offset);
  const uint64_t avail = off < b.size() ? std::min<uint64_t>(amount, b.size() - off) : 0;
  if (avail) std::memcpy(out, b.data() + off, avail);
  if (avail < static_cast<uint64_t>(amount)) {
    std::memset(static_cast<char*>(out) + avail, 0, amount - avail);
    return SQLITE_IOERR_SHORT_READ;
  }
  return SQLITE_OK;
}

int x_write(sqlite3_file* f, const void* in, int amount, sqlite3_int64 offset) {
  FileData& d = data_of(f);
  const uint64_t off = static_cast<uint64_t>(offset);
  const uint64_t end = off + static_cast<uint64_t>(amount);
  try {
    if (end > d.bytes.size()) d.resize(end);
  } catch (const std::bad_alloc&) {
    return SQLITE_IOERR_NOMEM;
  }
  std::memcpy(d.bytes.data() + off, in, amount);
  d.mark(off, end);
  return SQLITE_OK;
}

int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
  try {
    data_of(f).resize(static_cast<uint64_t>(size));
  } catch (const std::bad_alloc&) {
    return SQLITE_IOERR_NOMEM;
  }
  return SQLITE_OK;
}

int x_sync(sqlite3_file*, int) {
  return SQLITE_OK;
}

int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
  *size = static_cast<sqlite3_int64>(data_of(f).bytes.size());
  return SQLITE_OK;
}

int x_lock(sqlite3_file* f, int level) {
  auto* of = reinterpret_cast<OpenFile*>(f);
  const FileData& d = *of->data;
  if (level >= SQLITE_LOCK_RESERVED && (!d.writable || (d.persistent && state().gate && !state().gate(d.name)))) {
    return SQLITE_READONLY;
  }
  if (of->lock == SQLITE_LOCK_NONE && level > SQLITE_LOCK_NONE) ++of->data->locked;
  of->lock = level;
  return SQLITE_OK;
}

int x_unlock(sqlite3_file* f, int level) {
  auto* of = reinterpret_cast<OpenFile*>(f);
  // Safety net: pages still dirty when the write lock goes (a rollback that restored them) are shipped too,
  // so the stored image always equals the last committed one.
  if (level <= SQLITE_LOCK_SHARED) ship_commit(*of->data);
  if (of->lock > SQLITE_LOCK_NONE && level == SQLITE_LOCK_NONE) --of->data->locked;
  of->lock = level;
  return SQLITE_OK;
}

int x_check_reserved(sqlite3_file*, int* out) {
  *out = 0;
  return SQLITE_OK;
}

int x_file_control(sqlite3_file* f, int op, void*) {
  if (op == SQLITE_FCNTL_COMMIT_PHASETWO) {
    ship_commit(data_of(f));
    return SQLITE_OK;
  }
  return SQLITE_NOTFOUND;
}

int x_sector_size(sqlite3_file*) {
  return 512;
}

int x_device_characteristics(sqlite3_file*) {
  return SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL | SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

const sqlite3_io_methods kIoMethods = [] {
  sqlite3_io_methods m{};
  m.iVersion = 1;
  m.xClose = x_close;
  m.xRead = x_read;
  m.xWrite = x_write;
  m.xTruncate = x_truncate;
  m.xSync = x_sync;
  m.xFileSize = x_file_size;
  m.xLock = x_lock;
  m.xUnlock = x_unlock;
  m.xCheckReservedLock = x_check_reserved;
  m.xFileControl = x_file_control;
  m.xSectorSize = x_sector_size;
  m.xDeviceCharacteristics = x_device_characteristics;
  return m;
}();

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
  f->pMethods = nullptr;
  // No WAL: it would move commits out of the database file, past our commit point.
  if (flags & SQLITE_OPEN_WAL) return SQLITE_CANTOPEN;
  std::shared_ptr<FileData> data;
  auto& files = state().files;
  if (name) {
    auto it = files.find(name);
    if (it != files.end()) {
      data = it->second;
    } else {
      if (!(flags & SQLITE_OPEN_CREATE)) return SQLITE_CANTOPEN;
      data = std::make_shared<FileData>();
      data->name = name;
      files[name] = data;
    }
    if (flags & SQLITE_OPEN_MAIN_DB) data->persistent = true;
    if (flags & SQLITE_OPEN_DELETEONCLOSE) files.erase(name);
  } else {
    data = std::make_shared<FileData>();  // anonymous temp file: gone when closed
  }
  new (f) OpenFile{{&kIoMethods}, std::move(data), SQLITE_LOCK_NONE};
  if (out_flags) *out_flags = flags;
  return SQLITE_OK;
}

int x_delete(sqlite3_vfs*, const char* name, int) {
  state().files.erase(name);
  return SQLITE_OK;
}

int x_access(sqlite3_vfs*, const char* name, int, int* out) {
  auto& files = state().files;
  auto it = files.find(name);
  *out = it != files.end() && (it->second->persistent || !it->second->bytes.empty());
  return SQLITE_OK;
}

int x_full_pathname(sqlite3_vfs*, const char* name, int n, char* out) {
  sqlite3_snprintf(n, out, "%s", name);
  return SQLITE_OK;
}

int x_randomness(sqlite3_vfs*, int n, char* out) {
  return state().fallback->xRandomness(state().fallback, n, out);
}
int x_sleep(sqlite3_vfs*, int us) {
  return state().fallback->xSleep(state().fallback, us);
}
int x_current_time(sqlite3_vfs*, double* t) {
  return state().fallback->xCurrentTime(state().fallback, t);
}
int x_last_error(sqlite3_vfs*, int, char*) {
  return 0;
}
int x_current_time_int64(sqlite3_vfs*, sqlite3_int64* t) {
  auto* fb = state().fallback;
  if (fb->iVersion >= 2 && fb->xCurrentTimeInt64) return fb->xCurrentTimeInt64(fb, t);
  double d = 0;
  int rc = fb->xCurrentTime(fb, &d);
  *t = static_cast<sqlite3_int64>(d * 86400000.0);
  return rc;
}

FileData* find(const std::string& file) {
  auto& files = state().files;
  auto it = files.find(file);
  return it == files.end() ? nullptr : it->second.get();
}

}  // namespace

const char* page_vfs_name() {
  return "overblik";
}

int register_page_vfs(CommitSink sink, WriteGate gate) {
  State& s = state();
  s.sink = sink;
  s.gate = gate;
  if (s.registered) return SQLITE_OK;
  int rc = sqlite3_initialize();
  if (rc != SQLITE_OK) return rc;
  s.fallback = sqlite3_vfs_find(nullptr);
  if (!s.fallback) return SQLITE_ERROR;
  sqlite3_vfs& v = s.vfs;
  v.iVersion = 2;
  v.szOsFile = sizeof(OpenFile);
  v.mxPathname = 512;
  v.zName = page_vfs_name();
  v.xOpen = x_open;
  v.xDelete = x_delete;
  v.xAccess = x_access;
  v.xFullPathname = x_full_pathname;
  v.xRandomness = x_randomness;
  v.xSleep = x_sleep;
  v.xCurrentTime = x_current_time;
  v.xGetLastError = x_last_error;
  v.xCurrentTimeInt64 = x_current_time_int64;
  rc = sqlite3_vfs_register(&v, 0);
  s.registered = rc == SQLITE_OK;
  return rc;
}

void install_image(const std::string& file, std::vector<uint8_t> bytes, uint64_t seq) {
  // A connection still open on the previous image (e.g. before a take-over reload) must neither write nor
  // ship commits: they would land on top of a newer state.
  if (FileData* old = find(file)) {
    old->writable = false;
    old->persistent = false;
  }
  auto data = std::make_shared<FileData>();
  data->name = file;
  data->persistent = true;
  data->seq = seq;
  data->bytes = std::move(bytes);
  state().files[file] = std::move(data);
}

void set_writable(const std::string& file, bool w) {
  if (FileData* d = find(file)) d->writable = w;
}

bool writable(const std::string& file) {
  FileData* d = find(file);
  return d && d->writable;
}

const std::vector<uint8_t>* image(const std::string& file) {
  FileData* d = find(file);
  return d ? &d->bytes : nullptr;
}

uint64_t committed_seq(const std::string& file) {
  FileData* d = find(file);
  return d ? d->seq : 0;
}

bool has_uncommitted(const std::string& file) {
  FileData* d = find(file);
  return d && !d->dirty.empty();
}

uint8_t* refresh_target(const std::string& file, uint64_t size, uint64_t seq) {
  FileData* d = find(file);
  if (!d || !d->persistent || d->locked > 0 || !d->dirty.empty() || seq <= d->seq || size == 0) return nullptr;
  try {
    d->bytes.resize(size, 0);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
  d->seq = seq;
  return d->bytes.data();
}

void forget(const std::string& file) {
  state().files.erase(file);
}

}  // namespace overblik::persist

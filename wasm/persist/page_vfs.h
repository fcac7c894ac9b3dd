#pragma once
// The "overblik" SQLite VFS: every file is an in-memory byte image. The workspace database's image is loaded
// from IndexedDB before sqlite3_open; journals and temp files never leave memory. At each commit point the
// VFS hands the chunks written since the previous commit to a sink (the JS side writes them as one record of
// the OPFS commit log, or one IndexedDB transaction), so a commit costs O(changed pages), never O(database).
#include <cstdint>
#include <string>
#include <vector>

namespace overblik::persist {

// Persisted unit: 4 KiB chunks of the file (SQLite's default page size; other page sizes work too,
// a page then covers several chunks or shares one).
constexpr uint32_t kChunkSize = 4096;

// One committed transaction of a persistent file: its new size and the chunks changed since the last commit
// (chunk i is bytes [i*kChunkSize, (i+1)*kChunkSize) of `base`, zero-padded past `size`).
struct CommitBatch {
  const std::string& file;
  uint64_t seq;
  uint64_t size;
  const std::vector<uint32_t>& chunks;
  const uint8_t* base;
};
using CommitSink = void (*)(const CommitBatch&);
// Asked before a write lock: false while another tab is the writer.
using WriteGate = bool (*)(const std::string& file);

// The VFS's name for sqlite3_open_v2 (or to make it the default).
const char* page_vfs_name();
// Registers the VFS (idempotent); commits of persistent files go to `sink`. Returns an SQLite result code.
int register_page_vfs(CommitSink sink, WriteGate gate = nullptr);

// Installs the committed image of a persistent (main database) file, replacing any previous one; `seq` is
// the commit sequence the image stands for. Must happen before sqlite3_open of that file.
void install_image(const std::string& file, std::vector<uint8_t> bytes, uint64_t seq);
// A read-only tab's files refuse write locks (a write then fails with SQLITE_READONLY, changing nothing).
void set_writable(const std::string& file, bool writable);
bool writable(const std::string& file);
// The current image of a file (nullptr if there is none), e.g. for a raw SQLite export.
const std::vector<uint8_t>* image(const std::string& file);
// Commit sequence of the file's last commit (0 if none).
uint64_t committed_seq(const std::string& file);
// True while the file holds writes not yet committed (an open write transaction spilled pages).
bool has_uncommitted(const std::string& file);
// A read-only tab follows the writer: when no connection is inside a transaction on `file` and `seq` is
// newer than its image, resizes the image to `size`, takes `seq` and returns the bytes for the caller to
// write the newer commits into (SQLite sees the changed header on its next read and drops its cache);
// nullptr otherwise (try again later).
uint8_t* refresh_target(const std::string& file, uint64_t size, uint64_t seq);
// Drops a file's image (after its connection is closed), e.g. when a workspace is closed or deleted.
void forget(const std::string& file);

}  // namespace overblik::persist

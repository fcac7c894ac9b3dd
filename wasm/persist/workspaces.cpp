// See workspaces.h. The registry and file transfers live in JS; validation of imports happens here, where
// SQLite and the snapshot importer are.
#include "wasm/persist/workspaces.h"

#include <sqlite3.h>

#include <cstring>
#include <nlohmann/json.hpp>

#include "core/store/schema.h"
#include "core/store/workspace.h"
#include "core/sync/snapshot.h"
#include "wasm/persist/page_vfs.h"
#include "wasm/persist/storage.h"

extern "C" {
// Implemented in wasm/js/library_persist.js.
int overblik_persist_list_json(char* buf, int len);
int overblik_persist_take_message(char* buf, int len);
void overblik_persist_workspace_op(const char* op, const char* id, const char* arg);
double overblik_persist_import_size();
int overblik_persist_import_take(char* name, int name_len, char* kind, int kind_len, uint8_t* dst);
void overblik_persist_create_from_image(const char* name, const uint8_t* bytes, int len);
}

namespace overblik::persist {

std::optional<std::vector<WorkspaceEntry>> workspace_list() {
  std::string buf(4096, '\0');
  int need = overblik_persist_list_json(buf.data(), static_cast<int>(buf.size()));
  if (need < 0) return std::nullopt;
  if (need > static_cast<int>(buf.size())) {
    buf.assign(static_cast<size_t>(need), '\0');
    need = overblik_persist_list_json(buf.data(), static_cast<int>(buf.size()));
    if (need < 0 || need > static_cast<int>(buf.size())) return std::nullopt;
  }
  buf.resize(static_cast<size_t>(need > 0 ? need - 1 : 0));
  auto json = nlohmann::json::parse(buf, nullptr, false);
  if (!json.is_array()) return std::nullopt;
  std::vector<WorkspaceEntry> list;
  for (const auto& w : json) {
    if (!w.is_object() || !w.contains("id") || !w["id"].is_string() || !w.contains("name") || !w["name"].is_string())
      continue;
    WorkspaceEntry e;
    e.id = w["id"].get<std::string>();
    e.name = w["name"].get<std::string>();
    e.demo = w.value("demo", false);
    e.active = w.value("active", false);
    list.push_back(std::move(e));
  }
  return list;
}

void switch_workspace(const std::string& id) {
  overblik_persist_workspace_op("switch", id.c_str(), "");
}
void rename_workspace(const std::string& id, const std::string& name) {
  overblik_persist_workspace_op("rename", id.c_str(), name.c_str());
}
void mark_demo_workspace(const std::string& id, const std::string& name) {
  overblik_persist_workspace_op("mark-demo", id.c_str(), name.c_str());
}
void delete_workspace(const std::string& id) {
  overblik_persist_workspace_op("remove", id.c_str(), "");
}
void export_raw(const std::string& id, const std::string& file_stem) {
  overblik_persist_workspace_op("export-raw", id.c_str(), file_stem.c_str());
}
void pick_import_file() {
  overblik_persist_workspace_op("pick", "", "");
}

std::optional<std::string> take_message() {
  char buf[512] = {};
  if (!overblik_persist_take_message(buf, sizeof buf)) return std::nullopt;
  return std::string(buf);
}

std::optional<StagedImport> take_import() {
  const double size = overblik_persist_import_size();
  if (size < 0) return std::nullopt;
  StagedImport file;
  file.bytes.resize(static_cast<size_t>(size));
  char name[256] = {}, kind[16] = {};
  if (!overblik_persist_import_take(name, sizeof name, kind, sizeof kind, file.bytes.data())) return std::nullopt;
  file.name = name;
  file.kind = kind;
  return file;
}

Result<std::vector<uint8_t>> serialize(store::Database& db) {
  sqlite3_int64 size = 0;
  unsigned char* data = sqlite3_serialize(db.raw(), "main", &size, 0);
  if (!data) return Error{"export", "cannot serialize the database"};
  std::vector<uint8_t> bytes(data, data + size);
  sqlite3_free(data);
  return bytes;
}

Result<std::vector<uint8_t>> image_from_snapshot(const std::string& json, const std::string& device_id) {
  auto db = store::Database::open(":memory:");
  if (!db) return db.error();
  if (auto m = store::migrate(db.value()); !m) return m.error();
  if (auto s = sync::import_snapshot(db.value(), json); !s) return s.error();
  auto ws = store::Workspace::adopt(std::move(db.value()), device_id);
  if (!ws) return ws.error();
  return serialize(ws.value().db());
}

Status check_sqlite_file(const std::vector<uint8_t>& bytes) {
  static const std::string kProbe = "import-check";
  install_image(kProbe, bytes, 0);
  Status verdict = check_image(kProbe);
  if (verdict) {
    // A sound SQLite file is not yet an Overblik workspace: it must carry the workspace tables.
    sqlite3* db = nullptr;
    bool ours = false;
    if (sqlite3_open_v2(kProbe.c_str(), &db, SQLITE_OPEN_READONLY, page_vfs_name()) == SQLITE_OK) {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workspace_meta'", -1,
                             &st, nullptr) == SQLITE_OK)
        ours = sqlite3_step(st) == SQLITE_ROW;
      sqlite3_finalize(st);
    }
    sqlite3_close(db);
    if (!ours) verdict = Error{"import", "the SQLite file is not an Overblik workspace"};
  }
  forget(kProbe);
  return verdict;
}

// A restored SQLite file is a new replica, not the device it was copied from: with the source's device id, new
// rows' ids (<device>-<n>) and stamps made here could collide with the source's once both sync.
Result<std::vector<uint8_t>> as_new_device(const std::vector<uint8_t>& bytes, const std::string& device_id) {
  auto db = store::Database::open(":memory:");
  if (!db) return db.error();
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.size()));
  if (!copy) return Error{"import", "not enough memory for the SQLite file"};
  std::memcpy(copy, bytes.data(), bytes.size());
  const auto size = static_cast<sqlite3_int64>(bytes.size());
  if (sqlite3_deserialize(db.value().raw(), "main", copy, size, size,
                          SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
    return Error{"import", "cannot read the SQLite file"};
  auto st = db.value().prepare("UPDATE workspace_meta SET value = ?1 WHERE key = 'device_id'");
  if (!st) return st.error();
  st.value().bind(1, device_id).step();
  if (st.value().failed()) return Error{"import", "cannot give the copy this device's id: " + st.value().error()};
  return serialize(db.value());
}

Status import_as_new_workspace(const StagedImport& file, const std::string& device_id) {
  std::vector<uint8_t> image;
  if (file.kind == "sqlite") {
    if (auto s = check_sqlite_file(file.bytes); !s) return s;
    auto made = as_new_device(file.bytes, device_id);
    if (!made) return made.error();
    image = std::move(made.value());
  } else if (file.kind == "json") {
    auto made = image_from_snapshot(std::string(file.bytes.begin(), file.bytes.end()), device_id);
    if (!made) return made.error();
    image = std::move(made.value());
  } else {
    return Error{file.name, "neither a JSON snapshot nor an SQLite file"};
  }
  overblik_persist_create_from_image(file.name.c_str(), image.data(), static_cast<int>(image.size()));
  return ok_status();
}

}  // namespace overblik::persist

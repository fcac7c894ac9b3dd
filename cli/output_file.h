#pragma once
// An output file written through a temporary sibling and renamed into place only on success, so a failed
// command leaves no partial file behind. An existing file is kept unless the command was given --force.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace overblik::cli {

class OutputFile {
 public:
  OutputFile(std::string path, bool force) : path_(std::move(path)), temp_(path_ + ".partial"), force_(force) {}
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile() {
    if (!committed_) remove_temp();
  }

  const std::string& temp_path() const { return temp_; }

  Status prepare() {
    std::error_code ec;
    if (std::filesystem::exists(path_, ec) && !force_) return Error{path_, "already exists (use --force to overwrite)"};
    remove_temp();
    return ok_status();
  }

  Status write(std::string_view bytes) {
    std::ofstream f(temp_, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.close();
    if (!f) return Error{path_, "cannot write"};
    return ok_status();
  }

  Status commit() {
    std::error_code ec;
    std::filesystem::rename(temp_, path_, ec);
    if (ec) return Error{path_, "cannot write: " + ec.message()};
    committed_ = true;
    return ok_status();
  }

 private:
  void remove_temp() {
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) std::filesystem::remove(temp_ + suffix, ec);
  }

  std::string path_, temp_;
  bool force_;
  bool committed_ = false;
};

// Reads a whole file; an error names the path.
inline Result<std::string> read_file(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Error{path, "cannot read: " + ec.message()};
  if (size > max_bytes)
    return Error{path,
                 "is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(max_bytes) + " bytes"};
  std::ifstream f(path, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  f.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!f) return Error{path, "cannot read"};
  return bytes;
}

}  // namespace overblik::cli

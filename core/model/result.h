#pragma once
// A located error and a value-or-error result. Bad input never throws out of the core's public API:
// it returns an Error saying where (a JSON path, a CSV line, a field name) and what is wrong.
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace overblik {

struct Error {
  std::string where;    // e.g. "$.cases[3].opened", "line 12, column price", "RecordFollowUp.done_at"
  std::string message;  // a sentence for a person, in English; the UI translates known codes
  std::string text() const { return where.empty() ? message : where + ": " + message; }
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For operations that return nothing on success.
struct Done {};
using Status = Result<Done>;
inline Status ok_status() { return Done{}; }

}  // namespace overblik

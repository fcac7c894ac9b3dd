#pragma once
// Subcommands of the overblik CLI register themselves (one file per subcommand: cli/cmd_<name>.cpp).
// Exit codes: 0 success, 1 bad input (a located message on stderr), 2 usage error.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace overblik::cli {

constexpr int kOk = 0;
constexpr int kBadInput = 1;
constexpr int kUsage = 2;

// Parsed arguments: positionals and --key value options (a --flag without value maps to "").
struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;
  std::optional<std::string> get(const std::string& key) const;
  std::vector<std::string> all(const std::string& key) const;
  bool has(const std::string& key) const { return options.count(key) > 0; }
};

// Parses argv; options listed in `flags` take no value. Returns an error text on malformed input.
std::optional<std::string> parse_args(int argc, char** argv, const std::vector<std::string>& flags, Args& out);

using CommandFn = int (*)(const Args& args);

struct Command {
  const char* name;
  const char* usage;  // one line, e.g. "demo --size S|M|L --seed N --out FILE.db"
  std::vector<std::string> flags;
  std::vector<std::string> known_options;  // anything else is a usage error
  CommandFn run;
};

std::vector<Command>& registry();

struct Register {
  explicit Register(Command c) { registry().push_back(std::move(c)); }
};

// Prints "overblik: <message>" to stderr and returns the code.
int fail(int code, const std::string& message);

}  // namespace overblik::cli

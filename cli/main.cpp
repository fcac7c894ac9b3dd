// overblik: the command-line tool over the same core as the web app.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/command.h"

namespace overblik::cli {

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

std::optional<std::string> Args::get(const std::string& key) const {
  auto it = options.find(key);
  if (it == options.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Args::all(const std::string& key) const {
  auto it = options.find(key);
  return it == options.end() ? std::vector<std::string>{} : it->second;
}

std::optional<std::string> parse_args(int argc, char** argv, const std::vector<std::string>& flags, Args& out) {
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) == 0 && a.size() > 2) {
      std::string key = a.substr(2);
      if (auto eq = key.find('='); eq != std::string::npos) {
        out.options[key.substr(0, eq)].push_back(key.substr(eq + 1));
      } else if (std::find(flags.begin(), flags.end(), key) != flags.end()) {
        out.options[key].push_back("");
      } else {
        if (i + 1 >= argc) return "option --" + key + " needs a value";
        out.options[key].push_back(argv[++i]);
      }
    } else {
      out.positional.push_back(a);
    }
  }
  return std::nullopt;
}

int fail(int code, const std::string& message) {
  std::fprintf(stderr, "overblik: %s\n", message.c_str());
  return code;
}

static void usage(FILE* out) {
  std::fprintf(out, "usage: overblik <command> [arguments]\n\ncommands:\n");
  auto cmds = registry();
  std::sort(cmds.begin(), cmds.end(), [](const Command& a, const Command& b) { return std::strcmp(a.name, b.name) < 0; });
  for (const auto& c : cmds) std::fprintf(out, "  overblik %s\n", c.usage);
  std::fprintf(out, "\nexit codes: 0 success, 1 bad input, 2 usage error\n");
}

}  // namespace overblik::cli

int main(int argc, char** argv) {
  using namespace overblik::cli;
  if (argc < 2) {
    usage(stderr);
    return kUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    usage(stdout);
    return kOk;
  }
  for (const auto& c : registry()) {
    if (name != c.name) continue;
    Args args;
    if (auto err = parse_args(argc - 2, argv + 2, c.flags, args)) return fail(kUsage, *err + "\nusage: overblik " + c.usage);
    for (const auto& [key, _] : args.options) {
      bool known = std::find(c.known_options.begin(), c.known_options.end(), key) != c.known_options.end() ||
                   std::find(c.flags.begin(), c.flags.end(), key) != c.flags.end();
      if (!known) return fail(kUsage, "unknown option --" + key + "\nusage: overblik " + c.usage);
    }
    return c.run(args);
  }
  usage(stderr);
  return fail(kUsage, "unknown command '" + name + "'");
}

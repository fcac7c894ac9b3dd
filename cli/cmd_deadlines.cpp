// overblik deadlines: the legal (and local) deadlines of all cases or one caseworker's, as of a day.
// Reads the workspace only.
#include <cstdio>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/csv.h"
#include "cli/workspace_file.h"
#include "core/rules/deadlines.h"

namespace overblik::cli {
namespace {

using namespace overblik::rules;
using nlohmann::json;

const char* kDeadlinesUsage =
    "deadlines FILE.db [--caseworker ID] [--as-of YYYY-MM-DD] [--due-soon DAYS] [--no-local] "
    "[--format table|json|csv]";

Day today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return day_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// Streams one object per deadline, so a large workspace never builds the whole document in memory.
void print_json(const std::vector<DeadlineItem>& items, Day as_of) {
  std::printf("{\n  \"as_of\": \"%s\",\n  \"deadlines\": [", format_iso_date(as_of).c_str());
  const char* sep = "\n    ";
  for (const auto& i : items) {
    json row = {{"case", i.case_id},
                {"child", i.child_pseudonym},
                {"caseworker", i.caseworker_id.empty() ? json(nullptr) : json(i.caseworker_id)},
                {"caseworker_name", i.caseworker_name},
                {"event", kind_name(i.kind)},
                {"subject", i.subject_id},
                {"triggered", format_iso_date(i.triggered)},
                {"due", format_iso_date(i.due)},
                {"done", i.done ? json(format_iso_date(*i.done)) : json(nullptr)},
                {"status", status_name(i.status)},
                {"reference", i.reference},
                {"rule_set", i.rule_set}};
    std::printf("%s%s", sep, row.dump(-1, ' ', false, json::error_handler_t::replace).c_str());
    sep = ",\n    ";
  }
  std::printf("\n  ]\n}\n");
}

void print_csv(const std::vector<DeadlineItem>& items) {
  std::string out(kUtf8Bom);
  out += csv_line(
      {"sag", "barn", "rådgiver", "hændelse", "udløst", "frist", "udført", "status", "lovgrundlag", "regelsæt"});
  for (const auto& i : items)
    out += csv_line({i.case_id, i.child_pseudonym, i.caseworker_name, kind_name(i.kind),
                     format_danish_date(i.triggered), format_danish_date(i.due),
                     i.done ? format_danish_date(*i.done) : "", status_name(i.status), i.reference, i.rule_set});
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void print_table(const std::vector<DeadlineItem>& items, Day as_of) {
  std::printf("deadlines as of %s\n", format_iso_date(as_of).c_str());
  std::printf("%-14s %-10s %-18s %-24s %-10s %-10s %-10s %-13s %s\n", "case", "child", "caseworker", "event", "due",
              "done", "triggered", "status", "reference");
  std::map<std::string, int> by_status;
  for (const auto& i : items) {
    ++by_status[status_name(i.status)];
    std::printf("%-14s %-10s %-18s %-24s %-10s %-10s %-10s %-13s %s\n", i.case_id.c_str(), i.child_pseudonym.c_str(),
                i.caseworker_name.empty() ? "(unassigned)" : i.caseworker_name.c_str(), kind_name(i.kind),
                format_iso_date(i.due).c_str(), i.done ? format_iso_date(*i.done).c_str() : "-",
                format_iso_date(i.triggered).c_str(), status_name(i.status), i.reference.c_str());
  }
  std::printf("%zu deadlines", items.size());
  for (const auto& [status, n] : by_status) std::printf(", %s %d", status.c_str(), n);
  std::printf("\n");
}

int run(const Args& args) {
  if (args.positional.size() != 1)
    return fail(kUsage, std::string("expected one workspace file\nusage: overblik ") + kDeadlinesUsage);
  const std::string format = args.get("format").value_or("table");
  if (format != "json" && format != "csv" && format != "table")
    return fail(kUsage, "--format: unknown format '" + format + "' (table, json or csv)");
  DeadlineQuery q;
  q.as_of = today();
  if (auto a = args.get("as-of")) {
    auto d = parse_iso_date(*a);
    if (!d) return fail(kBadInput, "--as-of: " + d.error().message);
    q.as_of = d.value();
  }
  if (auto s = args.get("due-soon")) {
    if (s->empty() || s->size() > 4 || s->find_first_not_of("0123456789") != std::string::npos)
      return fail(kUsage, "--due-soon: a number of days (0-9999)");
    q.due_soon_days = std::stoi(*s);
  }
  q.include_local = !args.has("no-local");
  if (auto cw = args.get("caseworker")) q.caseworker_id = *cw;

  auto db = open_workspace_file(args.positional[0]);
  if (!db) return fail(kBadInput, db.error().text());
  if (q.caseworker_id) {
    auto st = db.value().prepare("SELECT COUNT(*) FROM caseworker WHERE id=?");
    if (!st) return fail(kBadInput, st.error().text());
    st.value().bind(1, *q.caseworker_id);
    if (!st.value().step() || st.value().int64(0) == 0)
      return fail(kBadInput, "--caseworker: no caseworker '" + *q.caseworker_id + "'");
  }
  auto items = list_deadlines(db.value(), q);
  if (!items) return fail(kBadInput, items.error().text());
  if (format == "json")
    print_json(items.value(), q.as_of);
  else if (format == "csv")
    print_csv(items.value());
  else
    print_table(items.value(), q.as_of);
  return kOk;
}

Register reg({"deadlines", kDeadlinesUsage, {"no-local"}, {"caseworker", "as-of", "due-soon", "format"}, run});

}  // namespace
}  // namespace overblik::cli

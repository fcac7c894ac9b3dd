#include "core/steering/compliance.h"

#include <map>

namespace overblik::steering {

namespace {

void count(RuleCompliance& r, rules::DeadlineStatus s) {
  r.due += 1;
  r.on_time += s == rules::DeadlineStatus::done_on_time;
  r.late += s == rules::DeadlineStatus::done_late;
  r.overdue += s == rules::DeadlineStatus::overdue;
}

void finish(RuleCompliance& r) {
  r.share_on_time = r.due ? static_cast<double>(r.on_time) / r.due : 0;
}

}  // namespace

ComplianceSummary summarize_compliance(const std::vector<rules::DeadlineItem>& items, const Period& period, Day as_of) {
  ComplianceSummary out;
  out.period = period;
  out.as_of = as_of;
  for (int k = 0; k < kDeadlineKindCount; ++k) out.rules[k].kind = static_cast<rules::DeadlineKind>(k);
  const Day last = period.to < as_of ? period.to : as_of;
  std::map<std::string, CaseworkerCompliance> by_caseworker;
  for (const auto& it : items) {
    using S = rules::DeadlineStatus;
    const bool settled = it.status == S::done_on_time || it.status == S::done_late || it.status == S::overdue;
    if (settled && it.due >= period.from && it.due <= last) {
      const auto k = static_cast<size_t>(it.kind);
      if (k < out.rules.size()) count(out.rules[k], it.status);
      count(out.total, it.status);
    }
    if (it.status == S::overdue || it.status == S::due_soon) {
      auto& c = by_caseworker[it.caseworker_id];
      c.caseworker_id = it.caseworker_id;
      c.caseworker_name = it.caseworker_name;
      c.overdue += it.status == S::overdue;
      c.due_soon += it.status == S::due_soon;
    }
  }
  for (auto& r : out.rules) finish(r);
  finish(out.total);
  for (auto& [_, c] : by_caseworker) out.caseworkers.push_back(std::move(c));
  return out;
}

Result<ComplianceSummary> compliance_summary(store::Database& db, const Period& period, Day as_of) {
  rules::DeadlineQuery q;
  q.as_of = as_of;
  auto items = rules::list_deadlines(db, q);
  if (!items) return items.error();
  return summarize_compliance(items.value(), period, as_of);
}

}  // namespace overblik::steering

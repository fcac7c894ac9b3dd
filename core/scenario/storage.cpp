#include "core/scenario/storage.h"

namespace overblik::scenario {

Result<std::vector<StoredScenario>> load_scenarios(store::Database& db) {
  auto st = db.prepare("SELECT id, name, spec_json, notes FROM scenario WHERE deleted=0 ORDER BY name, id");
  if (!st) return st.error();
  std::vector<StoredScenario> out;
  auto& s = st.value();
  while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
  if (s.failed()) return Error{"scenario", s.error()};
  return out;
}

Result<ScenarioSpec> stored_spec(const StoredScenario& s) {
  auto spec = parse_spec(s.spec_json);
  if (!spec) return Error{"scenario " + s.id + " " + spec.error().where, spec.error().message};
  return spec;
}

Result<StoredScenario> duplicate_scenario(const StoredScenario& s, const std::string& new_id,
                                          const std::string& new_name) {
  if (new_id.empty() || new_id == s.id) return Error{"duplicate", "the copy needs a new id"};
  auto spec = stored_spec(s);
  if (!spec) return spec.error();
  ScenarioSpec copy = spec.value();
  copy.name = new_name.empty() ? s.name + " (kopi)" : new_name;
  return StoredScenario{new_id, copy.name, write_spec(copy), s.notes};
}

}  // namespace overblik::scenario

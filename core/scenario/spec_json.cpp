// JSON form of a scenario spec (docs/scenario-spec.md): strict parsing with located errors, canonical writing.
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "core/scenario/spec.h"

namespace overblik::scenario {

using nlohmann::json;

const char* lever_kind_name(LeverKind k) {
  switch (k) {
    case LeverKind::volume:
      return "volume";
    case LeverKind::mix_shift:
      return "mix_shift";
    case LeverKind::share_floor:
      return "share_floor";
    case LeverKind::price:
      return "price";
    case LeverKind::price_index:
      return "price_index";
    case LeverKind::duration:
      return "duration";
    case LeverKind::caseworkers:
      return "caseworkers";
    case LeverKind::investment:
      return "investment";
    case LeverKind::savings_target:
      return "savings_target";
  }
  return "?";
}

const char* select_rule_name(SelectRule r) {
  switch (r) {
    case SelectRule::cheapest_first:
      return "cheapest_first";
    case SelectRule::most_expensive_first:
      return "most_expensive_first";
    case SelectRule::longest_running_first:
      return "longest_running_first";
    case SelectRule::newest_first:
      return "newest_first";
    case SelectRule::random:
      return "random";
  }
  return "?";
}

namespace {

constexpr LeverKind kKinds[] = {LeverKind::volume,      LeverKind::mix_shift,   LeverKind::share_floor,
                                LeverKind::price,       LeverKind::price_index, LeverKind::duration,
                                LeverKind::caseworkers, LeverKind::investment,  LeverKind::savings_target};
constexpr SelectRule kRules[] = {SelectRule::cheapest_first, SelectRule::most_expensive_first,
                                 SelectRule::longest_running_first, SelectRule::newest_first, SelectRule::random};

// The integer scale of a lever's values: hundredths of a percent, øre, milli-FTE or whole measures.
int64_t value_scale(LeverKind k, VolumeUnit unit) {
  switch (k) {
    case LeverKind::caseworkers:
      return 1000;
    case LeverKind::volume:
      return unit == VolumeUnit::count ? 1 : 100;
    default:
      return 100;  // percent -> hundredths; kroner -> øre
  }
}

Result<int64_t> scaled_number(const json& j, int64_t scale, const std::string& path) {
  if (!j.is_number()) return Error{path, "must be a number"};
  double x = j.get<double>();
  if (!std::isfinite(x) || std::fabs(x) * static_cast<double>(scale) > 9e15) return Error{path, "number out of range"};
  double scaled = x * static_cast<double>(scale);
  if (scale == 1 && scaled != std::floor(scaled)) return Error{path, "must be a whole number"};
  return static_cast<int64_t>(std::llround(scaled));
}

Result<std::vector<int64_t>> scaled_array(const json& j, int64_t scale, const std::string& path) {
  if (!j.is_array()) return Error{path, "must be an array of numbers, one per projection year"};
  std::vector<int64_t> out;
  for (size_t i = 0; i < j.size(); ++i) {
    auto v = scaled_number(j[i], scale, path + "[" + std::to_string(i) + "]");
    if (!v) return v.error();
    out.push_back(v.value());
  }
  return out;
}

Result<std::string> text_field(const json& obj, const char* key, const std::string& path, bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) return Error{path + "." + key, "is required"};
    return std::string();
  }
  if (!it->is_string()) return Error{path + "." + key, "must be a string"};
  return it->get<std::string>();
}

Status only_keys(const json& obj, const std::set<std::string>& allowed, const std::string& path) {
  for (auto it = obj.begin(); it != obj.end(); ++it)
    if (!allowed.count(it.key())) return Error{path + "." + it.key(), "unknown field"};
  return ok_status();
}

Result<Target> parse_target(const json& j, const std::string& path) {
  Target t;
  if (!j.is_object())
    return Error{path, "must be an object: {}, {\"group\": ...}, {\"ladder_step\": 1-6} or {\"type\": id}"};
  if (j.size() > 1) return Error{path, "name one of group, ladder_step or type"};
  if (auto s = only_keys(j, {"group", "ladder_step", "type"}, path); !s) return s.error();
  if (j.contains("group")) {
    if (!j["group"].is_string()) return Error{path + ".group", "must be a string"};
    auto g = steering::parse_group(j["group"].get<std::string>());
    if (!g) return Error{path + ".group", g.error().message};
    t.kind = Target::Kind::group;
    t.group = g.value();
  } else if (j.contains("ladder_step")) {
    const json& s = j["ladder_step"];
    if (!s.is_number_integer() || s.get<int64_t>() < 1 || s.get<int64_t>() > 6)
      return Error{path + ".ladder_step", "must be a ladder step 1-6"};
    t.kind = Target::Kind::ladder_step;
    t.ladder_step = static_cast<int>(s.get<int64_t>());
  } else if (j.contains("type")) {
    if (!j["type"].is_string() || j["type"].get<std::string>().empty())
      return Error{path + ".type", "must be a catalogue type id"};
    t.kind = Target::Kind::type;
    t.type_id = j["type"].get<std::string>();
  }
  return t;
}

json write_target(const Target& t) {
  json j = json::object();
  switch (t.kind) {
    case Target::Kind::all:
      break;
    case Target::Kind::group:
      j["group"] = steering::group_name(t.group);
      break;
    case Target::Kind::ladder_step:
      j["ladder_step"] = t.ladder_step;
      break;
    case Target::Kind::type:
      j["type"] = t.type_id;
      break;
  }
  return j;
}

std::set<std::string> allowed_keys(LeverKind k) {
  std::set<std::string> keys = {"kind", "label", "values", "low", "high", "set_by", "why", "source"};
  auto add = [&](std::initializer_list<const char*> more) {
    for (auto m : more) keys.insert(m);
  };
  switch (k) {
    case LeverKind::volume:
      add({"target", "rule", "seed", "unit"});
      break;
    case LeverKind::mix_shift:
      add({"from", "to", "to_price_kr", "rule", "seed"});
      break;
    case LeverKind::share_floor:
      add({"from", "within", "to", "to_price_kr", "rule", "seed"});
      break;
    case LeverKind::price:
    case LeverKind::duration:
      add({"target"});
      break;
    case LeverKind::caseworkers:
      add({"cost_per_fte_kr", "baseline_fte"});
      break;
    case LeverKind::investment:
      add({"effects"});
      break;
    case LeverKind::price_index:
    case LeverKind::savings_target:
      break;
  }
  return keys;
}

bool uses_rule(LeverKind k) {
  return k == LeverKind::volume || k == LeverKind::mix_shift || k == LeverKind::share_floor;
}

Result<Lever> parse_lever(const json& j, const std::string& path, int depth) {
  if (!j.is_object()) return Error{path, "must be an object"};
  Lever l;
  if (!j.contains("kind") || !j["kind"].is_string()) return Error{path + ".kind", "is required (a lever kind)"};
  std::string kind = j["kind"].get<std::string>();
  bool found = false;
  for (auto k : kKinds)
    if (kind == lever_kind_name(k)) l.kind = k, found = true;
  if (!found)
    return Error{path + ".kind", "unknown lever kind '" + kind +
                                     "' (volume, mix_shift, share_floor, price, price_index, duration, caseworkers, "
                                     "investment, savings_target)"};
  if (auto s = only_keys(j, allowed_keys(l.kind), path); !s) return s.error();
  for (auto [key, field] :
       {std::pair{"label", &l.label}, {"set_by", &l.set_by}, {"why", &l.why}, {"source", &l.source}}) {
    auto t = text_field(j, key, path, false);
    if (!t) return t.error();
    *field = t.value();
  }
  if (j.contains("unit")) {
    if (j["unit"] == "percent")
      l.unit = VolumeUnit::percent;
    else if (j["unit"] == "count")
      l.unit = VolumeUnit::count;
    else
      return Error{path + ".unit", "must be \"percent\" or \"count\""};
  }
  const char* target_key = (l.kind == LeverKind::mix_shift || l.kind == LeverKind::share_floor) ? "from" : "target";
  if (j.contains(target_key)) {
    auto t = parse_target(j[target_key], path + "." + target_key);
    if (!t) return t.error();
    l.target = t.value();
  } else if (l.kind == LeverKind::mix_shift) {
    return Error{path + ".from", "is required (the measures that move)"};
  }
  if (l.kind == LeverKind::share_floor) {
    l.within = Target{Target::Kind::group, steering::MeasureGroup::placement, 0, ""};
    if (j.contains("within")) {
      auto t = parse_target(j["within"], path + ".within");
      if (!t) return t.error();
      l.within = t.value();
    }
  }
  if (j.contains("to")) {
    if (!j["to"].is_string()) return Error{path + ".to", "must be a catalogue type id"};
    l.to_type = j["to"].get<std::string>();
  }
  if (j.contains("to_price_kr")) {
    auto p = scaled_number(j["to_price_kr"], 100, path + ".to_price_kr");
    if (!p) return p.error();
    l.to_price = p.value();
  }
  l.rule = (l.kind == LeverKind::volume) ? SelectRule::random : SelectRule::newest_first;
  if (j.contains("rule")) {
    bool ok = false;
    if (j["rule"].is_string())
      for (auto r : kRules)
        if (j["rule"].get<std::string>() == select_rule_name(r)) l.rule = r, ok = true;
    if (!ok)
      return Error{path + ".rule",
                   "must be cheapest_first, most_expensive_first, longest_running_first, newest_first or random"};
  }
  if (j.contains("seed")) {
    if (!j["seed"].is_number_unsigned()) return Error{path + ".seed", "must be a non-negative whole number"};
    l.seed = j["seed"].get<uint64_t>();
  }
  int64_t scale = value_scale(l.kind, l.unit);
  if (!j.contains("values")) return Error{path + ".values", "is required (one value per projection year)"};
  auto vals = scaled_array(j["values"], scale, path + ".values");
  if (!vals) return vals.error();
  l.values = vals.value();
  for (auto [key, field] : {std::pair{"low", &l.low}, {"high", &l.high}}) {
    if (!j.contains(key)) continue;
    auto v = scaled_array(j[key], scale, path + "." + key);
    if (!v) return v.error();
    *field = v.value();
  }
  if (j.contains("cost_per_fte_kr")) {
    auto v = scaled_array(j["cost_per_fte_kr"], 100, path + ".cost_per_fte_kr");
    if (!v) return v.error();
    l.cost_per_fte = v.value();
  }
  if (j.contains("baseline_fte")) {
    auto v = scaled_number(j["baseline_fte"], 1000, path + ".baseline_fte");
    if (!v) return v.error();
    l.baseline_fte_milli = v.value();
  }
  if (j.contains("effects")) {
    if (!j["effects"].is_array()) return Error{path + ".effects", "must be an array of levers"};
    if (depth > 0) return Error{path + ".effects", "effects cannot nest"};
    for (size_t i = 0; i < j["effects"].size(); ++i) {
      auto e = parse_lever(j["effects"][i], path + ".effects[" + std::to_string(i) + "]", depth + 1);
      if (!e) return e.error();
      l.effects.push_back(std::move(e.value()));
    }
  }
  return l;
}

json number_json(int64_t v, int64_t scale) {
  if (v % scale == 0) return v / scale;
  return static_cast<double>(v) / static_cast<double>(scale);
}

json array_json(const std::vector<int64_t>& v, int64_t scale) {
  json a = json::array();
  for (auto x : v) a.push_back(number_json(x, scale));
  return a;
}

json write_lever(const Lever& l) {
  json j = json::object();
  j["kind"] = lever_kind_name(l.kind);
  j["label"] = l.label;
  j["set_by"] = l.set_by;
  j["why"] = l.why;
  j["source"] = l.source;
  int64_t scale = value_scale(l.kind, l.unit);
  j["values"] = array_json(l.values, scale);
  if (l.low) j["low"] = array_json(*l.low, scale);
  if (l.high) j["high"] = array_json(*l.high, scale);
  switch (l.kind) {
    case LeverKind::volume:
      j["target"] = write_target(l.target);
      j["unit"] = l.unit == VolumeUnit::count ? "count" : "percent";
      break;
    case LeverKind::share_floor:
      j["within"] = write_target(l.within);
      [[fallthrough]];
    case LeverKind::mix_shift:
      j["from"] = write_target(l.target);
      j["to"] = l.to_type;
      if (l.to_price) j["to_price_kr"] = number_json(*l.to_price, 100);
      break;
    case LeverKind::price:
    case LeverKind::duration:
      j["target"] = write_target(l.target);
      break;
    case LeverKind::caseworkers:
      j["cost_per_fte_kr"] = array_json(l.cost_per_fte, 100);
      if (l.baseline_fte_milli) j["baseline_fte"] = number_json(*l.baseline_fte_milli, 1000);
      break;
    case LeverKind::investment: {
      json e = json::array();
      for (const auto& x : l.effects) e.push_back(write_lever(x));
      j["effects"] = e;
      break;
    }
    case LeverKind::price_index:
    case LeverKind::savings_target:
      break;
  }
  if (uses_rule(l.kind)) {
    j["rule"] = select_rule_name(l.rule);
    j["seed"] = l.seed;
  }
  return j;
}

}  // namespace

Result<ScenarioSpec> parse_spec(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) return Error{"$", "not valid JSON"};
  if (!j.is_object()) return Error{"$", "a scenario spec must be a JSON object"};
  if (auto s = only_keys(j, {"format", "name", "notes", "as_of", "horizon_years", "levers"}, "$"); !s) return s.error();
  if (!j.contains("format") || j["format"] != kSpecFormat)
    return Error{"$.format", "must be \"" + std::string(kSpecFormat) + "\""};
  ScenarioSpec spec;
  auto name = text_field(j, "name", "$", true);
  if (!name) return name.error();
  spec.name = name.value();
  auto notes = text_field(j, "notes", "$", false);
  if (!notes) return notes.error();
  spec.notes = notes.value();
  if (j.contains("as_of")) {
    if (!j["as_of"].is_string()) return Error{"$.as_of", "must be a date YYYY-MM-DD"};
    auto d = parse_iso_date(j["as_of"].get<std::string>());
    if (!d) return Error{"$.as_of", d.error().message};
    spec.as_of = d.value();
  }
  if (!j.contains("horizon_years") || !j["horizon_years"].is_number_integer())
    return Error{"$.horizon_years", "is required (a whole number of years, 1-5)"};
  int64_t h = j["horizon_years"].get<int64_t>();
  if (h < 1 || h > kMaxYears) return Error{"$.horizon_years", "horizon must be between 1 and 5 years"};
  spec.horizon_years = static_cast<int>(h);
  if (j.contains("levers")) {
    if (!j["levers"].is_array()) return Error{"$.levers", "must be an array of levers"};
    for (size_t i = 0; i < j["levers"].size(); ++i) {
      auto l = parse_lever(j["levers"][i], "$.levers[" + std::to_string(i) + "]", 0);
      if (!l) return l.error();
      spec.levers.push_back(std::move(l.value()));
    }
  }
  if (auto s = validate_spec(spec); !s) return s.error();
  return spec;
}

std::string write_spec(const ScenarioSpec& spec) {
  json j = json::object();
  j["format"] = kSpecFormat;
  j["name"] = spec.name;
  j["notes"] = spec.notes;
  if (spec.as_of) j["as_of"] = format_iso_date(*spec.as_of);
  j["horizon_years"] = spec.horizon_years;
  json levers = json::array();
  for (const auto& l : spec.levers) levers.push_back(write_lever(l));
  j["levers"] = levers;
  return j.dump();
}

}  // namespace overblik::scenario

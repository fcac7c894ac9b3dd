#pragma once
// Test helper for the steering tests: a migrated in-memory workspace filled with plain SQL inserts.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/model/date.h"
#include "core/steering/facts.h"
#include "core/store/schema.h"

namespace overblik::steering::testing {

inline Day ymd(int y, int m, int d) {
  return day_from_civil(y, m, d);
}

class Workspace {
 public:
  Workspace() {
    auto db = store::Database::open(":memory:");
    EXPECT_TRUE(db.ok());
    db_ = std::move(db.value());
    EXPECT_TRUE(store::migrate(db_).ok());
  }
  store::Database& db() { return db_; }

  void exec(const std::string& sql) {
    auto s = db_.exec(sql);
    ASSERT_TRUE(s.ok()) << s.error().text() << "\n" << sql;
  }
  std::string team(const std::string& name) {
    std::string id = next("team");
    exec("INSERT INTO team(id,hlc,device,name) VALUES('" + id + "','0','t','" + name + "')");
    return id;
  }
  std::string caseworker(const std::string& name, const std::string& team_id, int fte_milli = 1000) {
    std::string id = next("cw");
    exec("INSERT INTO caseworker(id,hlc,device,name,team_id,fte_milli) VALUES('" + id + "','0','t','" + name + "','" +
         team_id + "'," + std::to_string(fte_milli) + ")");
    return id;
  }
  std::string provider(const std::string& kind) {
    std::string id = next("prov");
    exec("INSERT INTO provider(id,hlc,device,name,kind) VALUES('" + id + "','0','t','" + id + "','" + kind + "')");
    return id;
  }
  std::string type(const std::string& name, const std::string& group, int step) {
    std::string id = next("type");
    exec(
        "INSERT INTO measure_type(id,hlc,device,name_da,name_en,measure_group,ladder_step,legal_basis,"
        "default_price_ore,default_price_unit) VALUES('" +
        id + "','0','t','" + name + "','" + name + "','" + group + "'," + std::to_string(step) +
        ",'Barnets Lov',0,'day')");
    return id;
  }
  std::string child(Day birth, const std::string& district = "Nord") {
    std::string id = next("child");
    exec("INSERT INTO child(id,hlc,device,pseudonym,birth_date,district) VALUES('" + id + "','0','t','" + id + "'," +
         std::to_string(birth) + ",'" + district + "')");
    return id;
  }
  std::string open_case(const std::string& child_id, const std::string& team_id,
                        const std::optional<std::string>& caseworker_id, Day opened,
                        std::optional<Day> closed = std::nullopt, int weight_milli = 1000) {
    std::string id = next("case");
    exec(
        "INSERT INTO child_case(id,hlc,device,child_id,caseworker_id,team_id,status,opened,closed,"
        "case_weight_milli) VALUES('" +
        id + "','0','t','" + child_id + "'," + quoted(caseworker_id) + ",'" + team_id + "','" +
        (closed ? "closed" : "open") + "'," + std::to_string(opened) + "," + num(closed) + "," +
        std::to_string(weight_milli) + ")");
    return id;
  }
  std::string measure(const std::string& case_id, const std::string& type_id, Day start, Ore price,
                      const std::string& unit = "day", std::optional<Day> planned_stop = std::nullopt,
                      std::optional<Day> end = std::nullopt, const std::optional<std::string>& provider_id = {}) {
    std::string id = next("m");
    exec(
        "INSERT INTO measure(id,hlc,device,case_id,type_id,provider_id,start,planned_stop,end,price_ore,price_unit,"
        "price_level_year) VALUES('" +
        id + "','0','t','" + case_id + "','" + type_id + "'," + quoted(provider_id) + "," + std::to_string(start) +
        "," + num(planned_stop) + "," + num(end) + "," + std::to_string(price) + ",'" + unit + "'," +
        std::to_string(civil_from_day(start).year) + ")");
    return id;
  }

  Facts facts() {
    auto f = load_facts(db_);
    EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().text());
    return f.ok() ? std::move(f.value()) : Facts{};
  }

 private:
  std::string next(const char* prefix) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%06d", prefix, ++counter_);
    return buf;
  }
  static std::string quoted(const std::optional<std::string>& v) { return v ? "'" + *v + "'" : "NULL"; }
  static std::string num(std::optional<Day> v) { return v ? std::to_string(*v) : "NULL"; }

  store::Database db_;
  int counter_ = 0;
};

}  // namespace overblik::steering::testing

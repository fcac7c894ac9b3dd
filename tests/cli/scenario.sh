#!/usr/bin/env bash
# overblik scenario: projects a spec on a demo workspace in table, json and csv; bad specs give located errors.
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails+1)); }
"$BIN" demo --size S --seed 3 --out "$T/w.db" --as-of 2024-12-31 >/dev/null || { echo "FAIL: demo"; exit 1; }
cat > "$T/cut.json" <<'JSON'
{"format": "overblik-scenario/1", "name": "Færre anbringelser", "horizon_years": 3,
 "levers": [
  {"kind": "volume", "target": {"group": "placement"}, "values": [-5, -5], "rule": "cheapest_first",
   "set_by": "Økonomi", "why": "Budget", "source": "Seed 000"},
  {"kind": "share_floor", "within": {"group": "placement"}, "to": "mt-netvaerksplejefamilie", "values": [10, 10, 10]},
  {"kind": "price_index", "values": [2]},
  {"kind": "investment", "label": "Tidlig indsats", "values": [1000000],
   "effects": [{"kind": "volume", "target": {"group": "placement"}, "unit": "count", "values": [0, -2]}]},
  {"kind": "savings_target", "values": [2100000, 4100000, 6100000]}
 ]}
JSON
cat > "$T/index.json" <<'JSON'
{"format": "overblik-scenario/1", "name": "Kun prisudvikling", "horizon_years": 3,
 "levers": [{"kind": "price_index", "values": [3, 3, 3]}]}
JSON
out=$("$BIN" scenario "$T/w.db" --spec "$T/cut.json" --format table) || fail "table exit $?"
echo "$out" | grep -q "Scenario: Færre anbringelser (as of 2024-12-31, projection from 2025-01-01, 3 years)" || fail "table header"
echo "$out" | grep -q "^2027 " || fail "table has the third year"
echo "$out" | grep -q "payback of \$.levers\[3\] Tidlig indsats" || fail "payback line"
echo "$out" | grep -q "assumption \$.levers\[0\] volume: set by Økonomi" || fail "assumptions log"
json=$("$BIN" scenario "$T/w.db" --spec "$T/cut.json" --compare "$T/index.json" --format json) || fail "json exit $?"
echo "$json" | python3 -c '
import json, sys
d = json.load(sys.stdin)
s = d["scenarios"][0]
assert len(s["years"]) == 3, "three years"
assert s["years"][0]["target_kr"] == 2100000, s["years"][0]
tot = [r for r in s["per_year"] if r["level"] == "total"]
grp = [r for r in s["per_year"] if r["level"] == "group"]
for t in tot:
    assert abs(sum(g["spend_kr"] for g in grp if g["period"] == t["period"]) - t["spend_kr"]) < 0.005, t
assert len([r for r in s["per_month"] if r["level"] == "total"]) == 36
assert [x["kind"] for x in s["assumptions"]][0] == "volume"
assert len(s["tornado"]) == 4
c = d["comparison"]
assert c["base"] == "Færre anbringelser"
assert all(y["diff_kr"] == 0 for y in c["scenarios"][0]["years"])
assert c["scenarios"][1]["years"][1]["diff_kr"] > 0   # no cut, higher prices: dearer than the base
' || fail "json content"
csv=$("$BIN" scenario "$T/w.db" --spec "$T/index.json" --format csv --as-of 2024-06-30) || fail "csv exit $?"
[ "$(echo "$csv" | head -1)" = "scenario,period,level,key,measures,children,full_year_persons,spend_kr" ] || fail "csv header"
echo "$csv" | grep -q "^Kun prisudvikling,2024-07,total,total," || fail "csv starts at the month after --as-of"

# Bad input: located errors, exit 1; usage errors exit 2.
sed 's/"values": \[-5, -5\]/"values": [-120, -5]/' "$T/cut.json" > "$T/bad.json"
err=$("$BIN" scenario "$T/w.db" --spec "$T/bad.json" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "bad spec exit $rc"
echo "$err" | grep -q 'bad.json: \$.levers\[0\].values\[0\]: volume change must be between -100 and +100 %' || fail "located error: $err"
sed 's/mt-netvaerksplejefamilie/mt-nope/' "$T/cut.json" > "$T/badtype.json"
err=$("$BIN" scenario "$T/w.db" --spec "$T/badtype.json" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "unknown type exit $rc"
echo "$err" | grep -q "\$.levers\[1\].to: unknown catalogue type 'mt-nope'" || fail "unknown type message: $err"
"$BIN" scenario "$T/missing.db" --spec "$T/cut.json" >/dev/null 2>&1; [ $? -eq 1 ] || fail "missing workspace"
[ ! -e "$T/missing.db" ] || fail "a missing workspace must not be created"
"$BIN" scenario "$T/w.db" --spec "$T/cut.json" --format xml >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad format"
"$BIN" scenario "$T/w.db" >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing --spec"
"$BIN" scenario "$T/w.db" --spec "$T/cut.json" --as-of 2024-02-30 >/dev/null 2>&1; [ $? -eq 1 ] || fail "bad --as-of"
exit $fails

#!/usr/bin/env bash
# overblik report: figures of a small known workspace in JSON, CSV (BOM, semicolons, decimal comma) and a
# Danish table, and the exit codes (2 usage, 1 bad input). The workspace is built with Python's sqlite3 from
# the schema migrations in core/store/schema.cpp, so the test needs no other subcommand.
set -u
BIN=$1
SRC=$2
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; fails=$((fails+1)); }
expect() { local want=$1; shift; "$@" >/dev/null 2>&1; local got=$?; [ $got -eq $want ] || fail "'$*' exited $got, expected $want"; }

python3 - "$SRC/core/store/schema.cpp" "$tmp/ws.db" <<'PY' || { echo "FAIL: could not build the workspace"; exit 1; }
import re, sqlite3, sys
from datetime import date
src = open(sys.argv[1], encoding="utf-8").read()
migrations = re.findall(r'R"SQL\((.*?)\)SQL"', src, re.S)
db = sqlite3.connect(sys.argv[2])
for m in migrations:
    db.executescript(m)
db.execute("PRAGMA user_version=%d" % len(migrations))
day = lambda y, m, d: (date(y, m, d) - date(1970, 1, 1)).days
meta = "'0','t'"
db.execute(f"INSERT INTO team(id,hlc,device,name) VALUES('t1',{meta},'Familie; Syd')")
db.execute(f"INSERT INTO caseworker(id,hlc,device,name,team_id,fte_milli) VALUES('cw1',{meta},'Åse','t1',1000)")
for tid, name, group, step in [("ty1", "Opholdssted", "placement", 6), ("ty2", "Familiebehandling", "preventive", 3)]:
    db.execute(f"INSERT INTO measure_type(id,hlc,device,name_da,name_en,measure_group,ladder_step,legal_basis,"
               f"default_price_ore,default_price_unit) VALUES('{tid}',{meta},'{name}','{name}','{group}',{step},'BL',0,'day')")
for i in (1, 2):
    db.execute(f"INSERT INTO child(id,hlc,device,pseudonym,birth_date,district) VALUES('ch{i}',{meta},'B{i}',{day(2012,1,1)},'Nord')")
    db.execute(f"INSERT INTO child_case(id,hlc,device,child_id,caseworker_id,team_id,status,opened) "
               f"VALUES('c{i}',{meta},'ch{i}','cw1','t1','open',{day(2023,1,1)})")
# A placement all of 2024 at 2,000 kr. a day; family treatment January-June at 10,000 kr. a month.
db.execute(f"INSERT INTO measure(id,hlc,device,case_id,type_id,start,price_ore,price_unit,price_level_year) "
           f"VALUES('m1',{meta},'c1','ty1',{day(2024,1,1)},200000,'day',2024)")
db.execute(f"INSERT INTO measure(id,hlc,device,case_id,type_id,start,planned_stop,price_ore,price_unit,price_level_year) "
           f"VALUES('m2',{meta},'c2','ty2',{day(2024,1,1)},{day(2024,6,30)},1000000,'month',2024)")
db.execute(f"INSERT INTO budget_line(id,hlc,device,year,measure_group,corrected_budget_ore,deviation_cause) "
           f"VALUES('b1',{meta},2024,'placement',70000000,'Dyrere opholdssted')")
db.commit()
PY
WS=$tmp/ws.db

# JSON: exact figures.
"$BIN" report "$WS" --as-of 2024-12-31 --period year --by group --format json >"$tmp/out.json" || fail "json exit $?"
python3 - "$tmp/out.json" <<'PY' || fail "json figures"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
rows = {x["label"]: x for x in r["rows"]}
assert r["period"]["days"] == 366, r["period"]
p = rows["Anbringelser"]
assert p["spend_ore"] == 366 * 200000 and p["full_year_persons_milli"] == 1000 and p["average_price_per"] == "full_year_person", p
f = rows["Forebyggende"]
assert f["spend_ore"] == 6 * 1000000 and f["children"] == 1 and f["ended"] == 1 and f["average_price_ore"] == 6000000, f
assert r["total"]["spend_ore"] == 366 * 200000 + 6000000 and r["total"]["children"] == 2, r["total"]
b = {g["group"]: g for g in r["budget"]["groups"]}
assert b["placement"]["deviation_cause"] == "Dyrere opholdssted", b
PY

# CSV for Danish Excel: BOM, semicolons, decimal comma, quoted label with a semicolon.
"$BIN" report "$WS" --as-of 2024-12-31 --period year --by team --format csv >"$tmp/out.csv" || fail "csv exit $?"
[ "$(head -c 3 "$tmp/out.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "csv has no UTF-8 BOM"
grep -q '^"Familie; Syd";2;1,497;792000,00;396000,00;barn;2;1' "$tmp/out.csv" || { fail "csv team row"; cat "$tmp/out.csv"; }

# Table: Danish number formats.
"$BIN" report "$WS" --as-of 2024-06-30 --period ytd --by type --format table >"$tmp/out.txt" || fail "table exit $?"
grep -q "Opholdssted" "$tmp/out.txt" && grep -q "364.000 kr." "$tmp/out.txt" && grep -q "1,0" "$tmp/out.txt" ||
  { fail "table content"; cat "$tmp/out.txt"; }
# Quarter by group with a filter: the placement only.
"$BIN" report "$WS" --as-of 2024-08-15 --period quarter --by group --group placement --format json >"$tmp/q.json" || fail "quarter"
grep -q '"spend_ore": 18400000' "$tmp/q.json" || fail "quarter spend (92 days x 2,000 kr.)"

# Exit codes.
expect 2 "$BIN" report
expect 2 "$BIN" report "$WS"
expect 2 "$BIN" report "$WS" --as-of 2024-01-01 --by planet
expect 2 "$BIN" report "$WS" --as-of 2024-01-01 --period decade
expect 2 "$BIN" report "$WS" --as-of 2024-01-01 --format xml
expect 2 "$BIN" report "$WS" --as-of 2024-01-01 --bogus 1
expect 1 "$BIN" report "$WS" --as-of 2024-02-30
expect 1 "$BIN" report "$tmp/missing.db" --as-of 2024-01-01
: >"$tmp/empty.db"
expect 1 "$BIN" report "$tmp/empty.db" --as-of 2024-01-01
[ ! -e "$tmp/missing.db" ] || fail "report created a missing workspace file"
expect 0 "$BIN" report "$WS" --as-of 2024-01-01 --by age --format table
exit $fails

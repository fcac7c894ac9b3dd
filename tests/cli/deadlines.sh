#!/usr/bin/env bash
# overblik deadlines: exit codes, the three formats (CSV for Danish Excel), the caseworker filter.
set -u
BIN=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
expect() { local want=$1; shift; "$@" >/dev/null 2>&1; local got=$?; if [ $got -ne $want ]; then echo "FAIL: '$*' exited $got, expected $want"; fails=$((fails+1)); fi; }
check() { if ! eval "$2"; then echo "FAIL: $1"; fails=$((fails+1)); fi; }

"$BIN" demo --size S --seed 7 --out "$TMP/w.db" --as-of 2024-06-30 >/dev/null 2>&1 || { echo "FAIL: demo workspace"; exit 1; }
W="$TMP/w.db"
expect 2 "$BIN" deadlines
expect 2 "$BIN" deadlines "$W" --format xml
expect 2 "$BIN" deadlines "$W" --bogus 1
expect 2 "$BIN" deadlines "$W" --due-soon x
expect 1 "$BIN" deadlines "$TMP/missing.db"
expect 1 "$BIN" deadlines "$W" --as-of 2024-02-30
expect 1 "$BIN" deadlines "$W" --caseworker no-such-worker
expect 0 "$BIN" deadlines "$W" --as-of 2024-06-30
check "missing file must not be created" '[ ! -e "$TMP/missing.db" ]'
"$BIN" deadlines "$W" --as-of 2024-06-30 2>&1 >/dev/null | grep -q . && { echo "FAIL: stderr not empty on success"; fails=$((fails+1)); }

"$BIN" deadlines "$W" --as-of 2024-06-30 --format json > "$TMP/d.json"
check "json parses and lists deadlines with statuses" 'python3 - "$TMP/d.json" <<PY
import json, sys
d = json.load(open(sys.argv[1]))
assert d["as_of"] == "2024-06-30"
rows = d["deadlines"]
assert len(rows) > 0, "no deadlines in the demo"
assert {r["status"] for r in rows} <= {"done_on_time","done_late","overdue","due_soon","upcoming"}
assert all(r["due"] >= r["triggered"] for r in rows)
assert all(r["triggered"] <= "2024-06-30" for r in rows)
PY'
CW=$(python3 -c 'import json,sys; rows=json.load(open(sys.argv[1]))["deadlines"]; print(next(r["caseworker"] for r in rows if r["caseworker"]))' "$TMP/d.json")
"$BIN" deadlines "$W" --as-of 2024-06-30 --format json --caseworker "$CW" > "$TMP/cw.json"
check "caseworker filter keeps only that caseworker's cases" 'python3 -c "
import json,sys
all_rows=json.load(open(sys.argv[1]))[\"deadlines\"]; mine=json.load(open(sys.argv[2]))[\"deadlines\"]
assert mine and all(r[\"caseworker\"]==sys.argv[3] for r in mine)
assert len(mine)==sum(1 for r in all_rows if r[\"caseworker\"]==sys.argv[3])
" "$TMP/d.json" "$TMP/cw.json" "$CW"'

"$BIN" deadlines "$W" --as-of 2024-06-30 --format csv > "$TMP/d.csv"
check "csv starts with a UTF-8 BOM" '[ "$(head -c 3 "$TMP/d.csv" | od -An -tx1 | tr -d " ")" = "efbbbf" ]'
check "csv is semicolon separated with Danish dates" 'sed -n 2p "$TMP/d.csv" | grep -Eq "^[^;]*;[^;]*;[^;]*;[a-z_]+;[0-9]{2}-[0-9]{2}-[0-9]{4};[0-9]{2}-[0-9]{2}-[0-9]{4};"'
check "csv has one line per deadline" '[ $(($(wc -l < "$TMP/d.csv") - 1)) -eq $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))[\"deadlines\"]))" "$TMP/d.json") ]'
exit $fails

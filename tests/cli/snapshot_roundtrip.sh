#!/usr/bin/env bash
# overblik demo/export/import: export → import → export is byte-identical for S, M and L; bad snapshots exit 1
# with a located message and leave no output file; existing files are kept unless --force.
set -u
BIN=$1
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails+1)); }

for size in S M L; do
  "$BIN" demo --size $size --seed 7 --as-of 2025-06-30 --out "$W/$size.db" >/dev/null || fail "demo $size"
  "$BIN" export "$W/$size.db" --out "$W/$size.json" || fail "export $size"
  "$BIN" import "$W/$size.json" --out "$W/$size.2.db" || fail "import $size"
  "$BIN" export "$W/$size.2.db" --out "$W/$size.2.json" || fail "re-export $size"
  cmp -s "$W/$size.json" "$W/$size.2.json" || fail "$size round trip differs"
done
# Same seed, same bytes; another seed, other bytes.
"$BIN" demo --size S --seed 7 --as-of 2025-06-30 --out "$W/again.db" >/dev/null && "$BIN" export "$W/again.db" --out "$W/again.json"
cmp -s "$W/S.json" "$W/again.json" || fail "same seed gave different bytes"
"$BIN" demo --size S --seed 8 --as-of 2025-06-30 --out "$W/other.db" >/dev/null && "$BIN" export "$W/other.db" --out "$W/other.json"
cmp -s "$W/S.json" "$W/other.json" && fail "another seed gave the same bytes"

# Existing output is kept without --force.
"$BIN" demo --size S --seed 1 --out "$W/S.db" >/dev/null 2>&1; [ $? -eq 1 ] || fail "demo overwrote without --force"
"$BIN" demo --size S --seed 1 --as-of 2025-06-30 --out "$W/S.db" --force >/dev/null || fail "demo --force"
"$BIN" demo --size XL --seed 1 --out "$W/x.db" >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad size is a usage error"
"$BIN" demo --size S --seed 1 --as-of 2025-02-30 --out "$W/x.db" >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad date is a usage error"
"$BIN" export >/dev/null 2>&1; [ $? -eq 2 ] || fail "export without arguments is a usage error"

# Bad snapshots: exit 1, the JSON path on stderr, no output file.
bad() {  # name, expected path, sed expression applied to the S snapshot
  sed "$3" "$W/S.json" > "$W/$1.json"
  "$BIN" import "$W/$1.json" --out "$W/$1.db" 2>"$W/$1.err"
  local rc=$?
  [ $rc -eq 1 ] || fail "$1: exit $rc, expected 1"
  grep -qF "$2" "$W/$1.err" || fail "$1: no '$2' in: $(cat "$W/$1.err")"
  [ ! -e "$W/$1.db" ] && [ ! -e "$W/$1.db.partial" ] || fail "$1: output file left behind"
}
bad version '$.version: unsupported snapshot version 2' 's/"version":1,/"version":2,/'
bad truncated '$: not well-formed JSON' '$d'
bad dangling '$.tables.child_case[11].child_id: no child with id "child-99999"' '0,/"child_id":"child-00012"/s//"child_id":"child-99999"/'
bad price '$.tables.measure[0].price_ore' '0,/"price_ore":[0-9]*/s//"price_ore":-1/'
bad column '$.tables.team[0].colour: unknown column' '0,/"name":"Team Nordby"/s//"name":"Team Nordby","colour":"blue"/'
printf 'not json' > "$W/garbage.json"
"$BIN" import "$W/garbage.json" --out "$W/garbage.db" 2>/dev/null; [ $? -eq 1 ] || fail "garbage: exit code"
[ ! -e "$W/garbage.db" ] || fail "garbage: output file left behind"
"$BIN" import "$W/missing.json" --out "$W/missing.db" 2>/dev/null; [ $? -eq 1 ] || fail "missing input: exit code"
exit $fails

#!/usr/bin/env bash
# overblik check: a clean workspace exits 0; a file with broken domain invariants exits 1 and names the rows.
set -u
BIN=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
expect() { local want=$1; shift; "$@" >/dev/null 2>&1; local got=$?; if [ $got -ne $want ]; then echo "FAIL: '$*' exited $got, expected $want"; fails=$((fails+1)); fi; }

"$BIN" demo --size S --seed 3 --out "$TMP/w.db" --as-of 2024-06-30 >/dev/null 2>&1 || { echo "FAIL: demo workspace"; exit 1; }
expect 2 "$BIN" check
expect 2 "$BIN" check "$TMP/w.db" --bogus x
expect 1 "$BIN" check "$TMP/missing.db"
echo "not a database" > "$TMP/junk.db"
expect 1 "$BIN" check "$TMP/junk.db"
expect 0 "$BIN" check "$TMP/w.db"

cp "$TMP/w.db" "$TMP/bad.db"
python3 - "$TMP/bad.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA ignore_check_constraints=ON")
mid = db.execute("SELECT id FROM measure ORDER BY id LIMIT 1").fetchone()[0]
db.execute("UPDATE measure SET end = start - 10, price_ore = -5 WHERE id=?", (mid,))
open(sys.argv[1] + ".id", "w").write(mid)
db.commit()
PY
out=$("$BIN" check "$TMP/bad.db"); rc=$?
[ $rc -eq 1 ] || { echo "FAIL: broken workspace exited $rc, expected 1"; fails=$((fails+1)); }
MID=$(cat "$TMP/bad.db.id")
echo "$out" | grep -q "measure '$MID': ends before it starts" || { echo "FAIL: end before start not reported: $out"; fails=$((fails+1)); }
echo "$out" | grep -q "measure '$MID': negative price" || { echo "FAIL: negative price not reported"; fails=$((fails+1)); }
exit $fails

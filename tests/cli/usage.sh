#!/usr/bin/env bash
# The CLI's exit codes: 2 for usage errors, 0 for help and version.
set -u
BIN=$1
fails=0
expect() { local want=$1; shift; "$@" >/dev/null 2>&1; local got=$?; if [ $got -ne $want ]; then echo "FAIL: '$*' exited $got, expected $want"; fails=$((fails+1)); fi; }
expect 2 "$BIN"
expect 2 "$BIN" no-such-command
expect 0 "$BIN" --help
expect 0 "$BIN" version
expect 2 "$BIN" version --bogus 1
"$BIN" version | grep -q "schema" || { echo "FAIL: version output"; fails=$((fails+1)); }
exit $fails

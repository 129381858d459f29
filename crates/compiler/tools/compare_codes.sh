#!/bin/sh
# Compares coil's code objects with CPython's over a directory of Python files (default:
# the CPython standard library): qualnames, first lines, argument counts, flags, varnames,
# cellvars, freevars and names, one line per code object. Prints the diff.
#   crates/compiler/tools/compare_codes.sh [DIR]
# Needs python3 (3.11) and builds the dump_codes example.
set -e
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
DIR="${1:-$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}"
cargo build -q -p coil-compiler --example dump_codes
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/examples/dump_codes"
TMP="$(mktemp -d)"
cd "$DIR"
find . -name '*.py' -not -path './site-packages/*' | sort > "$TMP/files"
xargs python3 "$ROOT/crates/compiler/tools/dump_codes.py" < "$TMP/files" > "$TMP/cpython.txt" 2>/dev/null || true
xargs "$BIN" < "$TMP/files" > "$TMP/coil.txt" 2>/dev/null || true
diff "$TMP/cpython.txt" "$TMP/coil.txt" || true
rm -rf "$TMP"

#!/bin/sh
# Regenerates the expected compile errors (NAME.err) from CPython 3.11:
#   tests/compile_errors/regen.sh
# Each NAME.py must fail to compile; NAME.err is what `python3 NAME.py` prints on stderr,
# with this directory's absolute path replaced by <DIR>. Files named warn_*.py compile
# (and run without output); their .err holds the SyntaxWarnings CPython prints.
# Checked by `cargo test -p coil-compiler --test compile_errors`.
set -e
cd "$(dirname "$0")"
DIR="$(pwd)"
for f in *.py; do
    name="${f%.py}"
    case "$name" in
        warn_*) python3 "$DIR/$f" 2> "$name.err.tmp" >/dev/null || true ;;
        *) python3 "$DIR/$f" 2> "$name.err.tmp" >/dev/null && { echo "$f compiled without error" >&2; rm -f "$name.err.tmp"; continue; } ;;
    esac
    sed "s|$DIR|<DIR>|g" "$name.err.tmp" > "$name.err"
    rm -f "$name.err.tmp"
done

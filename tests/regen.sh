#!/usr/bin/env bash
# Regenerates the CPython 3.11 expectations of tests/conformance (recursively):
#   NAME.out   stdout (always written)
#   NAME.err   stderr (only when non-empty)
#   NAME.code  exit status (only when non-zero)
# A program's standard input is NAME.in when that file exists (the test runners feed
# the same file: coil_vm::run_file_captured), else empty.
# The absolute directory of each program is replaced by the placeholder <DIR> in .out
# and .err, since CPython prints absolute paths of the main script. Optional arguments
# restrict regeneration to the given .py files. Needs python3 3.11; the tests do not.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
py="${PYTHON:-python3}"
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
    echo "regen.sh needs CPython 3.11 as \$PYTHON or python3" >&2; exit 1; }
if [ "$#" -gt 0 ]; then files=("$@"); else
    mapfile -t files < <(find "$here/conformance" -name '*.py' -not -path '*/_*' | sort)
fi
for f in "${files[@]}"; do
    f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
    dir="$(dirname "$f")"; base="${f%.py}"
    set +e
    input=/dev/null; [ -f "$base.in" ] && input="$base.in"
    (cd "$dir" && PYTHONHASHSEED=0 timeout 60 "$py" "$f" >"$base.out.tmp" 2>"$base.err.tmp" <"$input")
    code=$?
    set -e
    sed -i "s#$dir#<DIR>#g" "$base.out.tmp" "$base.err.tmp"
    mv "$base.out.tmp" "$base.out"
    if [ -s "$base.err.tmp" ]; then mv "$base.err.tmp" "$base.err"; else rm -f "$base.err.tmp" "$base.err"; fi
    if [ "$code" -ne 0 ]; then echo "$code" >"$base.code"; else rm -f "$base.code"; fi
done
echo "regenerated ${#files[@]} programs"

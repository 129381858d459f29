#!/bin/sh
# Regenerates the expected stderr (NAME.err) of every syntax-error case NAME.py in this
# directory by running CPython 3.11 on it; the directory's absolute path is written as
# <DIR>. Run from anywhere: sh tests/syntax_errors/regen.sh
set -e
DIR=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
$PY -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || exit 1
for f in "$DIR"/*.py; do
    name=$(basename "$f" .py)
    (cd "$DIR" && $PY "$DIR/$name.py" >/dev/null 2>"$DIR/$name.err.tmp") && status=0 || status=$?
    if [ "$status" -ne 1 ]; then
        echo "warning: $name.py exited with status $status" >&2
    fi
    sed "s#$DIR#<DIR>#g" "$DIR/$name.err.tmp" > "$DIR/$name.err"
    rm -f "$DIR/$name.err.tmp"
done
echo "regenerated $(ls "$DIR"/*.err | wc -l) .err files"

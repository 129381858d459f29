#!/bin/sh
# Regenerates crates/syntax/tests/ast/NAME.ast (CPython 3.11's AST of NAME.py in
# coil-syntax's dump format). Run: sh crates/syntax/tools/regen_ast_golden.sh
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
for f in "$HERE"/../tests/ast/*.py; do
    python3 "$HERE/ast_dump.py" "$f" > "${f%.py}.ast"
done
echo "regenerated $(ls "$HERE"/../tests/ast/*.ast | wc -l) .ast files"

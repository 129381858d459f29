#!/usr/bin/env python3
"""Prints CPython's AST of each file in coil-syntax's dump format (see src/dump.rs),
or with --compare BIN, compares it with `BIN FILE` (the dump_ast example) per file.

Run: python3 crates/syntax/tools/ast_dump.py --compare target/.../examples/dump_ast FILES...
"""
import ast, json, struct, subprocess, sys, warnings

SKIP = ("ctx", "type_comment", "kind", "type_ignores")


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def d(n, noloc=False):
    if isinstance(n, ast.AST):
        s = type(n).__name__
        if not noloc and "end_lineno" in n._attributes and getattr(n, "lineno", None) is not None:
            s += f"@{n.lineno}:{n.col_offset}-{n.end_lineno}:{n.end_col_offset}"
        inner = noloc or isinstance(n, ast.JoinedStr)
        return s + "(" + ", ".join(d(getattr(n, f), inner) for f in n._fields if f not in SKIP) + ")"
    if isinstance(n, list):
        return "[" + ", ".join(d(x, noloc) for x in n) + "]"
    if n is None:
        return "None"
    if n is Ellipsis:
        return "Ellipsis"
    if isinstance(n, bool):
        return "True" if n else "False"
    if isinstance(n, int):
        return str(n) if -2**63 <= n < 2**63 else "BIG"
    if isinstance(n, float):
        return f"f:{bits(n)}"
    if isinstance(n, complex):
        return f"c:{bits(n.real)}:{bits(n.imag)}"
    if isinstance(n, bytes):
        return "b:" + n.hex()
    if isinstance(n, str):
        return json.dumps("".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in n))
    raise TypeError(type(n))


def dump_file(path):
    with open(path, "rb") as f:
        return d(ast.parse(f.read(), path))


def main():
    warnings.simplefilter("ignore")
    args = sys.argv[1:]
    if args and args[0] == "--compare":
        binary, files = args[1], args[2:]
        bad = 0
        for f in files:
            try:
                want = dump_file(f)
            except (SyntaxError, ValueError):
                continue
            got = subprocess.run([binary, f], capture_output=True).stdout.decode("utf-8", "replace").strip()
            if got != want:
                bad += 1
                i = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]), min(len(got), len(want)))
                print(f"MISMATCH {f}\n  coil:    ...{got[max(0, i - 150):i + 100]}\n  cpython: ...{want[max(0, i - 150):i + 100]}")
        print(f"{len(files) - bad} same, {bad} differ")
        return 1 if bad else 0
    for f in args:
        print(dump_file(f))
    return 0


if __name__ == "__main__":
    sys.exit(main())

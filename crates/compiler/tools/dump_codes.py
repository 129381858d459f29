"""Dumps CPython's code objects for comparison with coil's (`examples/dump_codes.rs`).

Usage: python3 crates/compiler/tools/dump_codes.py FILE.py...
One line per code object, depth first, in the format the Rust example prints; used by
crates/compiler/tools/compare_codes.sh.
"""
import sys
import types


def line(path, code):
    flags = code.co_flags & 0x3FF
    doc = ""
    if code.co_flags & 1:
        doc = "doc" if code.co_consts and isinstance(code.co_consts[0], str) else "nodoc"
    return "|".join([
        path,
        code.co_qualname,
        str(code.co_firstlineno),
        str(code.co_argcount),
        str(code.co_posonlyargcount),
        str(code.co_kwonlyargcount),
        hex(flags),
        ",".join(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount + bool(code.co_flags & 4) + bool(code.co_flags & 8)]),
        ",".join(sorted(code.co_varnames)),
        ",".join(sorted(code.co_cellvars)),
        ",".join(sorted(code.co_freevars)),
        ",".join(sorted(set(code.co_names))),
        doc,
    ])


def walk(path, code, out):
    out.append(line(path, code))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(path, c, out)


for path in sys.argv[1:]:
    try:
        with open(path, "rb") as f:
            src = f.read()
        code = compile(src, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        print(path + "|ERROR")
        continue
    out = []
    walk(path, code, out)
    print("\n".join(out))

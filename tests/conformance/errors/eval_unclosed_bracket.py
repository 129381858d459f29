# eval()/compile() of text ending inside an open bracket: "'(' was never closed"
# when parsing fails at the end of input, "invalid syntax" when it fails earlier.
sources = ["(1, 2", "x = (1, 2", "x = (1, 2\n", "f(a, b", "[1,\n2", "{1: 2", "x = [1, 2]]",
           "print((1)", "(1 +", "[x for x in", "{'a': [1, (2,", "a[1", "1 + (2 *\n 3"]
for src in sources:
    for mode in ("eval", "exec"):
        try:
            compile(src, "<s>", mode)
        except SyntaxError as e:
            print(f"{src!r:22} {mode}: {e.msg} {e.lineno} {e.offset}")
        else:
            print(f"{src!r:22} {mode}: ok")
try:
    eval("(1, 2")
except SyntaxError as e:
    print(e)

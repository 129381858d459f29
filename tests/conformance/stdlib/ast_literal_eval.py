# ast.literal_eval over literals and container displays, and what it refuses.
import ast

GOOD = [
    "42", "-7", "+3.5", "0x_ff", "1_000_000", "123456789012345678901234567890",
    "-123456789012345678901234567890", "1e300", "-0.0", "3j", "1+2j", "-1-2.5j",
    "'text'", '"double"', "'''tri\nple'''", "b'bytes\\x00'", "r'\\d+'",
    "'\\u00e9\\N{BULLET}'", "'a' 'b'", "True", "False", "None", "...",
    "(1, 2)", "()", "(1,)", "[1, [2, [3]]]", "{'a': 1, 'b': [2, 3]}", "{}",
    "{1, 2, 3}", "set()", "{'k': (1, {'n': None})}", "  [1, 2]", "\t(3)",
    "[\n  1,\n  2,\n]",
]
for s in GOOD:
    v = ast.literal_eval(s)
    print(repr(s), "->", type(v).__name__, repr(v))

BAD = ["x", "1 + x", "f()", "[1, y]", "{**d}", "2 * 3", "-'a'", "1 + 2",
       "'a' + 'b'", "set([1])", "lambda: 0", "[i for i in ()]"]
for s in BAD:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(repr(s), "-> ValueError", str(e).split(":")[0])
for s in ["1 +", "'unterminated", "(1, 2]"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), "-> SyntaxError", e.msg)

node = ast.parse("[1, 2]", mode="eval")
print(ast.literal_eval(node), ast.literal_eval(node.body))
print(ast.literal_eval(ast.Constant(5)))

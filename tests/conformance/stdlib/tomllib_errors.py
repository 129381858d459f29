# TOMLDecodeError messages and positions for common mistakes, as CPython's tomllib.
import tomllib

BAD = [
    "x",
    "x = ",
    "x = 1 y = 2",
    "= 1",
    "a = 1\na = 2",
    "[t]\n[t]",
    "[t]\nx = 1\n[t.x]",
    "a = {x = 1}\na.y = 2",
    "a = [1, 2\nb = 3",
    "a = [1 2]",
    "a = {x = 1 y = 2}",
    "a = {x = 1, x = 2}",
    "a = \"unterminated",
    "a = 'no end",
    "a = \"bad \\q escape\"",
    "a = \"\\uZZZZ\"",
    "a = \"\\uD800\"",
    "a = \"tab\there is ok but bell \x07 is not\"",
    "a = 1979-02-30",
    "a = 01",
    "a = 1__0",
    "a = tru",
    "[[t]]\nx = 1\n[t]",
    "t = []\n[[t]]",
    "a.b = 1\n[a]",
    "[a.b]\nx = 1\n[a]\nb.y = 2",
    "a = 1 # comment \x01 here",
    "[t",
    "[[t]",
    "x = [1, 2,",
    "x = \"\"\"never",
    "k = {a = [1], a.b = 2}",
    "a = { b = 1 }\n[a.c]",
    "x = 1\n\n\n  y",
    "'k\n' = 1",
]

for doc in BAD:
    try:
        tomllib.loads(doc)
    except tomllib.TOMLDecodeError as e:
        print(repr(doc[:20]), "->", e)
    else:
        print(repr(doc[:20]), "-> no error")

print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
try:
    tomllib.loads(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

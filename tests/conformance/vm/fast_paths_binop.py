# The interpreter's BINARY_OP fast paths (two floats, a float and an int, str + str,
# str(small int), one-char strs) against every operator on the same operands.
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b),
]
pairs = [(2.0, 3.0), (7.5, -2.0), (-7.5, 2), (3, 0.5), (1e300, 1e10), (5, 2), (0.0, 2.5)]
for name, f in ops:
    row = []
    for a, b in pairs:
        try:
            row.append(repr(f(a, b)))
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, " ".join(row))

# In-place forms in a loop (the box-reuse path sees its own results as operands).
x, y, acc = 0.5, 1.25, 0.0
for i in range(200):
    x = x * 0.999 + 0.001
    x **= 1.0
    y = y - x / 3.5 + 0.25
    y %= 1000.0
    acc += x * y - y // 7.0
    acc -= i % 3 * 0.5
print("%.9f %.9f %.9f" % (x, y, acc))
try:
    print(1.5 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

s = ""
for i in range(-12, 120, 7):
    s = s + str(i) + "_"
    s += "k"[0]
print(s, len(s), s[-1], s[-2], str(-4611686018427387904), str(4611686018427387903))
print([c for c in "az09~ \x7f" if c == chr(ord(c))], "".join(str(d) for d in range(10)))

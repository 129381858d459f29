# Float arithmetic whose temporaries the interpreter may overwrite in place: a box that
# a variable, a container or another expression still holds must never change.


def chain(n):
    x = 0.5
    y = 1.25
    acc = 0.0
    for i in range(n):
        x = x * 0.999 + 0.001
        y = y - x / 3.5 + 0.25
        acc += x * y - y / 7.0
    return x, y, acc


print(chain(1000))


def aliases():
    a, b = 1.5, 2.25
    t = a * b
    u = t + 1.0  # t is a variable: its box stays
    print(t, u)
    keep = []
    for i in range(5):
        v = a * i + 0.5
        keep.append(v)
        w = v - 0.25  # v is kept in a list
        keep.append(w)
    print(keep)
    d = a * b
    out = []
    for c in (False, True, False, True):
        # The left operand comes from either branch: a variable or a fresh temporary.
        r = (d if c else a * b) + 1.0
        out.append((r, d))
        d = a * b * 2.0
    print(out)
    # The same temporary twice in one expression, and mixed int/float operands.
    s = (a * 2) * (b * 2) - (a + 1) / (b - 1)
    print(s, a, b)
    z = 0.0
    for k in range(3):
        z = (z + k) * 1.5 - k / 2
    print(z)


aliases()


class P:
    def __init__(self, x):
        self.x = x


p = P(1.5)
q = P(p.x)
r = p.x * 2.0 + 1.0
print(p.x, q.x, r, p.x is q.x)
vals = [0.1 * i for i in range(4)]
sums = [v * 3.0 + 1.0 for v in vals]
print(vals, sums)

# Division by zero in the middle of a chain, then the chain again.
for den in (2.0, 0.0, 4.0):
    try:
        e = 1.0 * 3.0 / den + 1.0
        print("ok", e)
    except ZeroDivisionError as err:
        print("ZeroDivisionError", err)

# Large loop so the JIT compiles it under the differential test.
m = 1.0
hist = []
for i in range(3000):
    m = m * 1.0001 + 0.5 - m / 1000.0
    if i % 1000 == 0:
        hist.append(m)
print(m, hist)

# Small ints whose sum or product leaves the small range stay exact ints.
big = 2**62 - 1
print(big + 1, big * 3, big - -big, type(big + big).__name__, big / 2, 7 / 2)
big += big
print(big)

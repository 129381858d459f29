# int(float) and float(int) inside hot loops: truncation toward zero, negative zero,
# values past the machine range (big ints), NaN and infinity (exceptions), and ints
# mixed into float arithmetic near and past 2**53 (rounded to nearest even).


def truncs(xs):
    out = []
    for x in xs:
        out.append(int(x))
    return out


def safe_int(xs):
    out = []
    for x in xs:
        try:
            out.append(int(x))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    return out


def floats(ns):
    out = []
    for n in ns:
        out.append(float(n))
        out.append(n * 0.5)
        out.append(n + 0.0)
    return out


vals = [i * 0.37 - 20.0 for i in range(120)]
print(sum(truncs(vals)), truncs(vals)[:8])
print(truncs([-0.5, 0.5, -0.0, 1.9999999, -1.9999999] * 30)[:5])
special = [1.5] * 40 + [2.0**62, 2.0**63, -(2.0**63), 1e19, -1e300, float("nan"), float("inf"), 3.5]
print(safe_int(special)[38:])
big = [2**53 - 1, 2**53, 2**53 + 1, 2**53 + 3, 2**60 + 1, -(2**61) - 3, 2**62 - 1]
print(floats(list(range(50)) + big)[-21:])
acc = 0.0
k = 0
for i in range(2000):
    f = i * 0.5 + k
    k = (k + int(f) % 7) & 1023
    acc += f / float(k + 1) - i // 3 * 0.25
print("%.6f" % acc, k)

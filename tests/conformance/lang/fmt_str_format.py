print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{name} {n:>4}".format(name="k", n=7))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([1, 2], {"key": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format(5))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{:*^11}".format("mid"))
print("{0:b} {0:o} {0:x} {0:X} {0:#b} {0:#o} {0:#x} {0:c}".format(97))
print("{:,} {:_} {:_x} {:,.2f}".format(1234567, 1234567, 0xdeadbeef, 9876543.21))
print("{:e} {:.2E} {:g} {:%} {:.1%}".format(0.000123, 123456.0, 1e-7, 0.25, 1/3))
print("{:+} {:-} {: } {:+}".format(5, 5, 5, -5))
print("{:=+8} {:08.2f} {:<08}".format(-42, -3.5, 7))
class P:
    x = 1
    y = [10, 20]
print("{0.x} {0.y[1]}".format(P()))
print("{:>6}|{:<6}|{:^6}|".format(True, "nil", 1.5))
print(format(12, "04"), format(-12, "04"), format(1e100, ".3"), format("s", "3"))
for spec, val in [("{:d}", 1.5), ("{:s}", 3), ("{0} {1}", (1,)), ("{x}", ()), ("{:,s}", "a"), ("{", ()), ("{:=}", "s")]:
    try:
        print(spec.format(*val) if isinstance(val, tuple) else spec.format(val))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

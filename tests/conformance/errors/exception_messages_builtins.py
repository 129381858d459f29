L3 = [1, 2, 3]
cases = [
    lambda: [].pop(),
    lambda: {}.pop(1),
    lambda: "".join([1]),
    lambda: int("1.5"),
    lambda: float("1,5"),
    lambda: list(1),
    lambda: tuple(None),
    lambda: "a" * "b",
    lambda: L3[1.0],
    lambda: "abc".split(None, "x"),
    lambda: "abc"[::0],
    lambda: range(0, 10, 0),
    lambda: bytes("é"),
    lambda: "x".encode(5),
    lambda: sorted([3, None, 1]),
    lambda: min(None, 1),
    lambda: {}.fromkeys(),
    lambda: [1].index(1, 2),
    lambda: "%d" % "x",
    lambda: "{0}".format(),
    lambda: "{a}".format(b=1),
    lambda: "abc".center(),
    lambda: set([1]).add([2]),
    lambda: frozenset().add,
    lambda: (1, 2) < (1, "a"),
    lambda: object.__new__(5),
    lambda: type("X", (), {}).nope,
    lambda: getattr(None, "x"),
    lambda: bool.__new__(bool, 1, 2),
    lambda: int.__add__(1, "x"),
    lambda: slice(1, 2, 3)[0],
    lambda: [][0],
]
for c in cases:
    try:
        r = c()
        print("ok", type(r).__name__)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

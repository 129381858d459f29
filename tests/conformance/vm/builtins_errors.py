tests = [
    lambda: len(5),
    lambda: len(),
    lambda: abs("x"),
    lambda: min(),
    lambda: max([]),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "x"),
    lambda: int([1]),
    lambda: float([1]),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: iter(5),
    lambda: next([1]),
    lambda: getattr(1, "x"),
    lambda: isinstance(1, 2),
    lambda: sorted([1, "a"]),
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: (lambda: None)()(),
    lambda: (1).foo,
    lambda: {}[[]],
    lambda: divmod(1, 0),
    lambda: pow(0, -1),
    lambda: 5 < "a",
    lambda: -"a",
    lambda: hash([]),
    lambda: int("4" * 5000),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

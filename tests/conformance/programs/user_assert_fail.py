def check(xs):
    assert all(x > 0 for x in xs), f"bad values: {[x for x in xs if x <= 0]}"
    return sum(xs)
print(check([1, 2]))
print(check([1, -2, 0]))

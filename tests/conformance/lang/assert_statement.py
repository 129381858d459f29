def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    assert v >= 0, v
    return v
print(check(5))
for bad in ["x", -3]:
    try:
        check(bad)
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args)
try:
    assert (1, 2)[0] == 2
except AssertionError as e:
    print("no message:", repr(e))
x = []
assert not x, "x should be empty"
print("passed", __debug__)

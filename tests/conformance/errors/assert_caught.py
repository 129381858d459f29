try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
assert True, "never evaluated " + undefined_name
print("done")

print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), seen)
seen.clear()
print(all(check(v) for v in [1, 1, 0, 1]), seen)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)

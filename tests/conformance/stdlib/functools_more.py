import functools
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), add3(b=5), repr(functools.partial(max)).startswith("functools.partial"))
@functools.lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance.cache_info().hits > 0)
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
class Vec:
    def __init__(self, *c): self.c = c
    @functools.cached_property
    def norm(self):
        print("computing norm")
        return sum(x * x for x in self.c) ** 0.5
v = Vec(3, 4)
print(v.norm, v.norm)
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@trace
def documented():
    """Docstring survives."""
print(documented.__name__, documented.__doc__, documented.__qualname__)
print(functools.partial(int, "10")(base=2), functools.partial(sorted, key=len)(["ccc", "a", "bb"]))
pm = functools.partialmethod
class Cell:
    def set_state(self, state): self.state = state
    set_alive = pm(set_state, True)
c = Cell(); c.set_alive(); print(c.state)

# Instances used as dict/set keys (default hash = identity) keep their id and hash while
# minor collections move them out of the nursery; ids stay unique among live objects.
class K:
    pass


def churn():
    # About 10 MB of short-lived 8 KB tuples: several minor collections.
    for _ in range(1200):
        t = tuple(range(1000))
    return t[-1]


keys = [K() for _ in range(3000)]
d = {k: i for i, k in enumerate(keys)}
s = set(keys[::2])
ids = [id(k) for k in keys]
hashes = [hash(k) for k in keys]
churn()
print("missing", sum(1 for k in keys if k not in d))
print("values ok", all(d[k] == i for i, k in enumerate(keys)))
print("set ok", sum(1 for k in keys if k in s))
print("ids stable", ids == [id(k) for k in keys])
print("hashes stable", hashes == [hash(k) for k in keys])
print("ids unique", len(set(ids)) == len(keys))
print("repr stable", repr(keys[7]) == repr(keys[7]))
r = repr(keys[5])
churn()
print("repr same after gc", r == repr(keys[5]))
fresh = [object() for _ in range(100)]
print("fresh ids unique", len({id(o) for o in fresh} | set(ids)) == 3100)
nan = float("nan")
h = hash(nan)
churn()
print("nan hash stable", h == hash(nan))

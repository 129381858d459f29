for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**64, 10**30, -(10**30), 2**63 - 1, True, False]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2**61 - 2) == hash(float(2**61 - 2)))
print(hash(0.5), hash(-0.5), hash(1.5), hash(0.1), hash(1e300), hash(-0.0))
print(hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)), hash((0.5, True)))
print(hash(None) == hash(None), hash(frozenset()) , hash(frozenset([1, 2, 3])))
print(hash(range(3)) == hash(range(3)))

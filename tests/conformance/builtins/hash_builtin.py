print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61 - 1)), hash(2**100))
print(hash(0.0), hash(-0.0), hash(1.0), hash(1.5), hash(-1.5), hash(1e20), hash(float("inf")), hash(float("-inf")), hash(0.1))
print(hash(True), hash(False), hash(None) == hash(None), hash(()) , hash((0,)), hash((1, 2)), hash((1.5, (2, "x"[:0])) ))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(range(0, 5)) == hash(range(5)))
print(hash(10**18), hash(-(10**18)), hash(2**63), hash(-(2**63)), hash(123456789012345678901234567890))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)), hash(H(2**64)), hash(H(True)))

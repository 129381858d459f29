class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)

class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)])
s = {Key(2), Key(2), Key(3)}
print(len(s))

class Inherit(Key):
    pass
print(Inherit(1) in d)
class EqOnly(Key):
    def __eq__(self, o): return False
print(EqOnly.__hash__ is None)
class Plain: pass
p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p))
class Hash7:
    def __hash__(self): return 7
print(hash(Hash7()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))

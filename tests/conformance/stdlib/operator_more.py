import operator
from functools import reduce
print(reduce(operator.add, range(10)), reduce(operator.mul, range(1, 8)), reduce(operator.xor, [5, 3, 5]))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
for sym, fn in ops.items():
    print(sym, fn(17, 5), fn(-17, 5))
data = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([d["n"] for d in sorted(data, key=operator.itemgetter("v", "n"))])
print(list(map(operator.itemgetter(0), ["ab", "cd"])), list(map(operator.neg, [1, -2])))
print(operator.lt("a", "b"), operator.contains("team", "i"), operator.not_(None), operator.truth(5))
print(operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("upper")("q"), operator.index(True))
class C:
    def __init__(self): self.v = 1
c = C()
operator.setitem(d := {}, "k", 1)
print(d, operator.getitem([1, 2, 3], slice(1, None)), operator.concat("a", "b"), operator.is_(c, c))

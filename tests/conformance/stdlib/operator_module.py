import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(0), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.getitem("abc", 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.concat([1], [2]))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.index(5), op.abs(-2))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": 5}))
class P:
    def __init__(self): self.x = 1; self.inner = self
    def hello(self, n): return "hi" * n
print(op.attrgetter("x")(P()), op.attrgetter("inner.inner.x")(P()), op.attrgetter("x", "x")(P()))
print(op.methodcaller("hello", 2)(P()), op.methodcaller("split", ",")("a,b"))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(1)))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat([0], [1]))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([])), op.matmul.__name__)

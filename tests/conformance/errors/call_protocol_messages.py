def f(x): pass
def g(a, b, c=1): pass
def h(a, *, k): pass
def p(a, /, b): pass
def v(*args, **kwargs): pass
def kw(*, a, b): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(): pass
cases = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, d=5),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(1, 2, k=3),
    lambda: p(a=1, b=2),
    lambda: p(1),
    lambda: kw(),
    lambda: kw(1),
    lambda: kw(a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C().s(1),
    lambda: f(**{"x": 1, "z": 2}),
    lambda: f(*[1, 2, 3]),
    lambda: v(**{1: 2}),
    lambda: f(1, **{"x": 2}),
    lambda: (lambda q: q)(),
    lambda: g(1, 2, 3, c=4),
    lambda: len(),
    lambda: len(1, 2),
    lambda: print(sep=1),
    lambda: int(x=1),
    lambda: dict.get(),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: sorted([], bad=1),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print(e)

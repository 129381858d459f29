# inspect: predicates, signature (Parameter/Signature str), getmembers, frames, sources.
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    "Doc of plain."


def annotated(x: int, y: "str" = "s", /, z: float = 1.5) -> list:
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class C:
    """Class doc.

        Indented second line.
    """
    attr = 1

    def __init__(self, p, q=0):
        self.p = p

    def method(self, x):
        return x

    @classmethod
    def cm(cls, y):
        pass

    @staticmethod
    def sm(z):
        pass

    def __call__(self, k, *, flag=False):
        pass


class NoInit:
    pass


for obj in [plain, gen, coro, agen, C, C.method, C(1).method, len, inspect, gen(), 3]:
    print(inspect.isfunction(obj), inspect.isclass(obj), inspect.ismethod(obj),
          inspect.isgeneratorfunction(obj), inspect.iscoroutinefunction(obj),
          inspect.isasyncgenfunction(obj), inspect.isgenerator(obj),
          inspect.ismodule(obj), inspect.isbuiltin(obj), inspect.isroutine(obj))

for f in [plain, annotated, gen, C, C.method, C(1).method, C.cm, C.sm, C(1),
          NoInit, lambda: 0, lambda *a, **k: 0, functools.partial(plain, 1)]:
    print(inspect.signature(f))

sig = inspect.signature(plain)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, repr(p))
print(list(inspect.signature(annotated).parameters))
print(inspect.signature(annotated).return_annotation)

ba = sig.bind(1, 2, 3, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(annotated).bind(1, y=2)
except TypeError as e:
    print("TypeError:", e)

P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=None)])
print(s2, s2 == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=None)]))
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.signature(3)
except TypeError as e:
    print("TypeError:", e)


@functools.wraps(plain)
def wrapper(*a, **k):
    return plain(*a, **k)


print(inspect.signature(wrapper), inspect.unwrap(wrapper) is plain)

print([n for n, v in inspect.getmembers(C) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getdoc(C))
print(inspect.getdoc(plain))
print(inspect.cleandoc("  first\n      second\n    third\n"))

frame = inspect.currentframe(); print(frame.f_code.co_name, frame.f_lineno)


def where():
    st = inspect.stack()
    return st[0].function, st[1].function, st[0].lineno, st[0].code_context


print(where())
print(inspect.getsource(gen), end="")
print(inspect.getsourcelines(C.method)[1])
print(inspect.getfile(plain) == __file__)
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
print(inspect.isabstract(C))
spec = inspect.getfullargspec(plain)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)

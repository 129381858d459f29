# pprint, reprlib, shlex, difflib, string.Formatter, copy, pickle, dataclass slots/kw_only, enum flags and values, typing hints, cached_property, ExitStack, contextmanager, datetime tz/strftime, textwrap
import pprint, reprlib, shlex, difflib, string, copy, pickle, functools, contextlib, dataclasses, enum, typing, datetime, textwrap
data = {"name": "x" * 10, "items": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}], "c": None}, "s": {3, 1, 2}}
pprint.pprint(data, width=60)
print(pprint.pformat(list(range(5)), width=10), pprint.saferepr({"z": 1, "a": 2}))
print(reprlib.repr(list(range(100))), reprlib.repr("a" * 50), reprlib.repr({i: i for i in range(10)}))
print(shlex.split('cmd --opt "quoted arg" \'single\' back\\ slash'), shlex.quote("it's"), shlex.join(["a b", "c"]))
a = "the quick brown fox jumps".split(); b = "the quick red fox leaps high".split()
print(list(difflib.unified_diff(a, b, "old", "new", lineterm="")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), round(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), 3))
print("".join(difflib.ndiff(["one\n", "two\n"], ["one\n", "too\n"])), end="")
fmt = string.Formatter(); print(fmt.format("{0}-{x!r:>5}", 1, x="y"), list(fmt.parse("a{b:>3}c{}")))
class Node:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    def __repr__(self): return f"Node({self.v}, {self.kids})"
t = Node(1, [Node(2), Node(3, [Node(4)])]); t2 = copy.deepcopy(t); t2.kids[1].kids[0].v = 40
print(t, t2, copy.copy(t).kids is t.kids)
blob = pickle.dumps({"t": (1, 2.5, "s", b"b", None, True), "l": [1, [2]], "set": {1}}); print(pickle.loads(blob))
@dataclasses.dataclass(slots=True, kw_only=True)
class Cfg:
    host: str = "localhost"
    port: int = 8080
    tags: tuple = ()
c = Cfg(port=1); print(c, dataclasses.astuple(c), dataclasses.fields(c)[1].name, hasattr(c, "__dict__"))
try:
    Cfg(1)
except TypeError as e:
    print("TypeError", e)
class Color(enum.IntFlag):
    R = 4; G = 2; B = 1
print(Color.R | Color.B, list(Color), Color(6), ~Color.R, Color.R in Color(5))
class Planet(enum.Enum):
    MERCURY = (3.3e23, 2.44e6); EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass, self.radius = mass, radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / self.radius ** 2
print([(p.name, round(p.gravity, 2)) for p in Planet], Planet["EARTH"].value)
class Shape(typing.Protocol):
    def area(self) -> float: ...
def total(shapes: typing.Iterable[Shape]) -> float: return sum(s.area() for s in shapes)
print(typing.get_type_hints(total), total.__annotations__["return"])
class Lazy:
    @functools.cached_property
    def value(self):
        print("computing"); return 42
l = Lazy(); print(l.value, l.value)
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "exit", n)
    print("in stack")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); yield name; print(f"</{name}>")
with tag("b") as n, tag("i"):
    print("body", n)
with contextlib.suppress(KeyError):
    {}["x"]
print(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc).isoformat(), datetime.timezone(datetime.timedelta(hours=-5)), datetime.date(2024, 3, 1) - datetime.date(2023, 3, 1))
print(datetime.datetime(2024, 5, 6, 7, 8, 9).strftime("%a %b %d %I:%M %p %Y %U %W %%"), datetime.datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(textwrap.fill("x " * 30, 20, max_lines=2, placeholder=" [...]"))

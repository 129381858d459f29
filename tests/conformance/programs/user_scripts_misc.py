import sys, os, os.path, time, random, json, re, textwrap, string, struct
from collections.abc import Mapping, Sequence, Iterable, MutableMapping
from typing import Optional, Union, List, Dict, NamedTuple, TypedDict, Callable, TypeVar, Generic
print(len(sys.argv), os.path.basename(sys.argv[0]))
print(repr(sys.stdin.read()), sys.stdin.readline() == "")
t0 = time.time(); t1 = time.perf_counter(); assert time.time() >= t0
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.dirname("/u/v/w"), os.path.normpath("a/./b/../c"), os.path.isabs("/x"))
print(os.path.split("/a/b/"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.sep, os.path.exists(sys.argv[0]))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(50), 5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.randrange(0, 100, 7), random.gauss(0, 1), random.getrandbits(70))
print(random.choices(["a", "b", "c"], weights=[1, 5, 2], k=8), random.triangular(0, 10, 3), random.expovariate(2))
r2 = random.Random(7); print([r2.randint(0, 9) for _ in range(10)], r2.betavariate(2, 3))
doc = {"name": "coil", "ver": [3, 11], "ok": True, "none": None, "pi": 3.14, "nested": {"b": 1, "a": [1.0, "é"]}}
s = json.dumps(doc); print(s)
print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads('{"x": [1, 2, {"y": null}], "z": 1e5, "w": "\\u00e9"}'), json.dumps([1, 2], separators=(",", ":")))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("json error:", e, e.pos)
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or ann@test.com"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", "2024-03-15T10")
print(m.group("y"), m.groupdict(), m.span(), m.groups(), m[0])
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.findall(r"(\d+)([a-z])", "12a 3b x 45c"), [m.start() for m in re.finditer("o", "foo boo")])
print(re.sub(r"\d+", lambda m: str(int(m[0]) * 2), "a1 b22 c333"), re.fullmatch(r"[A-Z][a-z]*", "Hello") is not None, re.escape("a.b*c"))
pat = re.compile(r"^\s*(\w+)\s*=\s*(.*?)\s*$", re.M)
print(pat.findall("a = 1\n  bb=two  \nccc =  3 3 "))
para = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(para, width=30))
print(textwrap.shorten(para, width=40), repr(textwrap.dedent("   a\n     b\n   c")), textwrap.indent("x\ny", "> "))
print(textwrap.wrap("a verylongwordthatexceeds the width", 10))
print(string.ascii_letters[:5], string.digits, string.punctuation[:6], string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
packed = struct.pack("<iHd3s?", -5, 65535, 2.5, b"abc", True)
print(packed.hex(), struct.unpack("<iHd3s?", packed), struct.calcsize(">qI"), struct.pack(">h", 258))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance("x", Iterable), issubclass(dict, MutableMapping), isinstance((), MutableMapping))
class Pt(NamedTuple):
    x: int
    y: int = 0
class Movie(TypedDict):
    title: str
    year: int
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
def f(a: int, b: Optional[str] = None) -> List[int]: return [a]
print(Pt(1), Pt(1, 2)._asdict(), Pt._fields, Movie(title="x", year=1), Box[int](3).v, f.__annotations__)
print(Optional[int], Union[int, str], List[Dict[str, int]], Callable[[int], str], int | None)
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]: return f"going {d}"
        case ["take", *items] if items: return f"taking {', '.join(items)}"
        case ["quit"]: return "bye"
        case [x, y] if x == y: return "echo"
        case _: return "unknown"
for c in ["go north", "take a b c", "quit", "hi hi", "go west", "take"]:
    print(c, "->", cmd(c))
def shape(o):
    match o:
        case {"type": "circle", "r": r}: return f"circle {r}"
        case Pt(x=0, y=0): return "origin"
        case Pt(x=x, y=0): return f"on x at {x}"
        case int() | float() as n if n > 0: return f"positive {n}"
        case str(s): return f"str {s}"
        case [1, 2, *rest]: return f"seq rest={rest}"
        case None: return "none"
    return "other"
for o in [{"type": "circle", "r": 2}, Pt(0, 0), Pt(5, 0), 3.5, -1, "s", [1, 2, 3, 4], None, (1, 2)]:
    print(shape(o))

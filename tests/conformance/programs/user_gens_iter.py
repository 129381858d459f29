import itertools as it, functools, operator
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, namedtuple
def fib():
    a, b = 0, 1
    while True:
        yield a; a, b = b, a + b
print(list(it.islice(fib(), 15)), next(x for x in fib() if x > 1000))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate(range(5), initial=100)))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcaaa")], [list(g) for _, g in it.groupby(sorted([5, 1, 12, 15, 3], key=lambda x: x // 10), key=lambda x: x // 10)])
print(list(it.combinations("abcd", 2)), len(list(it.permutations(range(5), 3))), list(it.product("ab", repeat=2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.chain.from_iterable([[1], [2, 3]])), list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 1])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.pairwise("abcd")))
c = it.count(10, 2.5); print([next(c) for _ in range(3)], list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)), [list(t) for t in it.tee("abc", 2)])
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [], 1))
p = functools.partial(int, base=2); print(p("1010"), p.func.__name__, p.keywords)
@functools.cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways(300))
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
def gen_send():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = gen_send(); next(g); print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def delegating():
    r = yield from gen_send()
    yield f"inner returned {r}"
d = delegating(); next(d); d.send(3); print(d.send(None))
def closer():
    try:
        yield 1; yield 2
    finally:
        print("gen closed")
cg = closer(); next(cg); cg.close()
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
th = thrower(); next(th); th.throw(ValueError("boom")); th.close()
od = OrderedDict.fromkeys("abcde"); od.move_to_end("b"); od.move_to_end("e", last=False); print(list(od), od.popitem(), od.popitem(last=False))
dd = defaultdict(lambda: defaultdict(int))
for word in "the cat the hat a cat".split(): dd[word[0]][word] += 1
print({k: dict(v) for k, v in sorted(dd.items())})
c1 = Counter("abracadabra"); c2 = Counter("alakazam")
print(c1.most_common(3), c1 + c2, c1 - c2, c1 & c2, (c1 | c2)["a"], c1.total(), sorted(c1.elements())[:6])
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4})["c"])
dq = deque(range(10), maxlen=5); dq.rotate(2); dq.appendleft(-1); print(dq, dq.maxlen, dq.count(8))
Emp = namedtuple("Emp", "name dept salary", defaults=[0]); e = Emp("x", "y"); print(e, e._replace(salary=5), Emp._field_defaults)
data = [("bob", "eng", 100), ("amy", "ops", 90), ("cat", "eng", 120), ("dan", "ops", 90)]
print(sorted(data, key=operator.itemgetter(2, 0), reverse=True), sorted(data, key=lambda r: (r[1], -r[2])))
print(list(map(operator.attrgetter("real"), [1 + 2j, 3])), operator.methodcaller("upper")("ab"))
squares = {x: x * x for x in range(6) if x % 2}; print(squares, {v for v in "mississippi"} == set("misp"), [*range(3), *"ab"], {**squares, 9: 0})
nested = [[1, 2, [3]], [4, [5, [6]]]]
def flatten(x):
    for i in x:
        if isinstance(i, list): yield from flatten(i)
        else: yield i
print(list(flatten(nested)), list(zip(*[(1, "a"), (2, "b")])), list(enumerate("xy", start=1)), list(reversed(range(0, 10, 3))))
print(any(x > 3 for x in [1, 5]), all([]), sorted("bca", reverse=True), sorted(["b", "A", "c"], key=str.lower), list(filter(None, [0, 2, None, 3])))

from __future__ import annotations
def f(a: Dict[str,int], b: "x", c: int|None = None, d: list[ tuple[int, ...] ] = (), *e: Callable[[int], str], f: (int, str), g: -1, h: a.b.c, i: x if y else z, j: not x, k: a < b <= c, l: f(x, *y, k=1, **z), m: lambda: 1, n: 2**-1, o: (a+b)*c - d, p: [1, 2], q: {"k": v}, r: ~x, s: 1.5e300, t: 1j, u: b"by") -> Tuple[()]: pass
for k, v in f.__annotations__.items(): print(k, repr(v))

"""Deepcopy benchmark in the style of pyperformance bm_deepcopy."""
import copy
import time
import argparse
from dataclasses import dataclass


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


class Custom:
    def __init__(self, items):
        self.items = items
        self.copied = 0

    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.items, memo))
        c.copied = self.copied + 1
        return c

    def __repr__(self):
        return f"Custom({self.items!r}, copied={self.copied})"


class Plain:
    def __init__(self):
        self.a = [1, 2, {"x": (3, 4)}]
        self.b = {"k": [5, 6], "self": None}
        self.c = frozenset({1, 2})


def benchmark_reduce(n):
    """Benchmark where the __reduce__ functionality is used"""
    class C(object):
        def __init__(self):
            self.a = 1
            self.b = 2

        def __reduce__(self):
            return (C, (), self.__dict__)

        def __setstate__(self, state):
            self.__dict__.update(state)
    c = C()
    t0 = time.perf_counter()
    for ii in range(n):
        _ = copy.deepcopy(c)
    dt = time.perf_counter() - t0
    return dt, _


def benchmark_memo(n):
    """Benchmark where the memo functionality is used"""
    A = [1] * 100
    data = {'a': (A, A, A), 'b': [A] * 100}
    t0 = time.perf_counter()
    for ii in range(n):
        _ = copy.deepcopy(data)
    dt = time.perf_counter() - t0
    return dt, _


def benchmark(n):
    """Benchmark on some standard data types"""
    a = {
        'list': [1, 2, 3, 43],
        't': (1, 2, 3),
        'str': 'hello',
        'subdict': {'a': True}
    }
    dc = A('hello', [1, 2, 3], True)
    dt = 0
    for ii in range(n):
        for jj in range(30):
            t0 = time.perf_counter()
            _ = copy.deepcopy(a)
            dt += time.perf_counter() - t0
        for s in ['red', 'blue', 'green']:
            dc.string = s
            for kk in range(5):
                dc.lst[0] = kk
                for b in [True, False]:
                    dc.boolean = b
                    t0 = time.perf_counter()
                    _ = copy.deepcopy(dc)
                    dt += time.perf_counter() - t0
    return dt, _


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="deepcopy benchmark")
    parser.add_argument("--loops", type=int, default=4)
    args = parser.parse_args()
    dt, r = benchmark(args.loops)
    print(r)
    dt, r = benchmark_reduce(args.loops)
    print(type(r).__name__, r.a, r.b, r.__dict__)
    dt, r = benchmark_memo(args.loops)
    print(r['a'][0] is r['a'][1], r['b'][0] is r['a'][2], len(r['b']), r['a'][0] is not None)
    c = Custom([1, [2, 3]])
    d = copy.deepcopy([c, c])
    print(d, d[0] is d[1])
    p = Plain()
    p.b["self"] = p
    q = copy.deepcopy(p)
    print(q.b["self"] is q, q.a, q.c, q.a[2] is not p.a[2])
    s = copy.copy(p)
    print(s.a is p.a, s is not p)
    assert isinstance(dt, float)
    x = [1]
    x.append(x)
    y = copy.deepcopy(x)
    print(y[1] is y, y)

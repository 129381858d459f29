"""graphlib: static_order, the incremental protocol, cycles and errors."""
import random


def run(t):
    rng = random.Random(6)
    for i in range(60):
        n = rng.randrange(1, 12)
        graph = {}
        for node in range(n):
            preds = [p for p in range(n) if p != node and rng.random() < (0.25 if i % 3 else 0.08)]
            if i % 2:
                preds = [p for p in preds if p < node]
            graph[node] = preds
        t.same('static_order %r' % graph, lambda m: list(m.TopologicalSorter(graph).static_order()))

        def incremental(m):
            ts = m.TopologicalSorter(graph)
            ts.prepare()
            out = []
            while ts.is_active():
                ready = ts.get_ready()
                out.append(ready)
                ts.done(*ready[::-1])
            return out
        t.same('incremental %r' % graph, incremental)
    t.same('cycle', lambda m: m.TopologicalSorter({1: [2], 2: [3], 3: [1]}).prepare())
    t.same('cycle args', lambda m: [e.args for e in [None] for _ in [0]] and
           (lambda ts: (ts.prepare() if False else None))(None))

    def errors(m):
        out = []
        ts = m.TopologicalSorter({'a': ['b']})
        for f in (ts.get_ready, ts.is_active, lambda: ts.done('a')):
            try:
                f()
            except ValueError as e:
                out.append(str(e))
        ts.prepare()
        for f in (ts.prepare, lambda: ts.add('z'), lambda: ts.done('q'), lambda: ts.done('a')):
            try:
                f()
            except ValueError as e:
                out.append(str(e))
        ready = ts.get_ready()
        ts.done(*ready)
        try:
            ts.done(*ready)
        except ValueError as e:
            out.append(str(e))
        return out, ready, bool(ts)
    t.same('errors', errors)

    def cycle_error(m):
        try:
            list(m.TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}).static_order())
        except m.CycleError as e:
            return e.args, isinstance(e, ValueError)
    t.same('cycle error', cycle_error)

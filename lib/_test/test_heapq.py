"""heapq: heap layouts after every operation, merge, nlargest/nsmallest."""
import random


def run(t):
    rng = random.Random(1)
    for trial in range(200):
        data = [rng.randrange(50) for _ in range(rng.randrange(30))]

        def ops(m, data=data):
            h = list(data)
            m.heapify(h)
            log = [list(h)]
            for x in data[:10]:
                m.heappush(h, x * 3 % 17)
                log.append(list(h))
            while len(h) > 3:
                log.append(m.heappop(h))
                log.append(m.heapreplace(h, len(h)))
                log.append(m.heappushpop(h, len(h) % 7))
                log.append(list(h))
            return log
        t.same('ops %d' % trial, ops)
        for n in (-1, 0, 1, 2, 5, 100):
            t.same('nlargest %d' % n, lambda m: m.nlargest(n, data))
            t.same('nsmallest %d' % n, lambda m: m.nsmallest(n, data))
            t.same('nlargest key', lambda m: m.nlargest(n, data, key=lambda x: x % 5))
            t.same('nsmallest key', lambda m: m.nsmallest(n, data, key=lambda x: x % 5))
        parts = [sorted(rng.randrange(20) for _ in range(rng.randrange(6))) for _ in range(4)]
        t.same('merge', lambda m: list(m.merge(*parts)))
        t.same('merge key', lambda m: list(m.merge(*[[(x, i) for x in p] for i, p in enumerate(parts)], key=lambda v: v[0])))
        t.same('merge reverse', lambda m: list(m.merge(*[sorted(p, reverse=True) for p in parts], reverse=True)))
        t.same('merge reverse key', lambda m: list(m.merge(*[[(x, i) for x in sorted(p, reverse=True)] for i, p in enumerate(parts)], key=lambda v: v[0], reverse=True)))
    t.same('push tuple', lambda m: m.heappush((), 1))
    t.same('pop empty', lambda m: m.heappop([]))
    t.same('replace empty', lambda m: m.heapreplace([], 1))
    t.same('heapify int', lambda m: m.heapify(3))
    t.same('pushpop empty', lambda m: m.heappushpop([], 1))
    t.same('tuples', lambda m: [m.heappush(h, x) or list(h) for h in [[]] for x in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]])

"""timeit: call counts through a fake timer, string and callable statements."""


def run(t):
    def counting(m):
        calls = []
        ticks = iter(range(1000))

        def timer():
            return next(ticks)

        def stmt():
            calls.append(1)
        tm = m.Timer(stmt, timer=timer)
        return tm.timeit(5), len(calls), tm.repeat(3, 2), len(calls)
    t.same('callable', counting)

    def strings(m):
        ticks = iter(range(1000))
        g = {'log': []}
        r = m.timeit('log.append(x)', setup='x = 7', timer=lambda: next(ticks), number=4, globals=g)
        return r, g['log']
    t.same('strings', strings)

    def autorange(m):
        calls = []
        seen = []
        tm = m.Timer(lambda: calls.append(1), timer=lambda: len(calls) / 1000)
        return tm.autorange(lambda n, tt: seen.append(n)), seen
    t.same('autorange', autorange)
    t.same('bad stmt', lambda m: m.Timer(3))
    t.same('syntax', lambda m: m.Timer('1 +'))
    t.same('default timer', lambda m: m.default_timer is __import__('time').perf_counter)

"""getopt: getopt and gnu_getopt results and errors."""


def run(t):
    cases = [(['-a', '-b', 'val', 'file'], 'ab:', []), (['-abval', 'x'], 'ab:', []), (['-b'], 'ab:', []),
             (['-z'], 'ab:', []), (['--verbose', '--out=f', 'rest'], '', ['verbose', 'out=']),
             (['--out', 'f'], '', ['out=']), (['--out'], '', ['out=']), (['--verb'], '', ['verbose']),
             (['--ver'], '', ['verbose', 'version']), (['--verbose=1'], '', ['verbose']),
             (['--nope'], '', ['verbose']), (['a', '-a', '--', '-b'], 'ab', []), (['-a', '--', '-b'], 'ab', []),
             (['-', '-a'], 'a', []), (['-a', 'x', '-b', 'y'], 'ab', []), (['--version'], '', ['version', 'verbose']),
             (['--out='], '', ['out=']), (['-a:'], 'a', []), (['-:'], 'a:', [])]
    for args, short, longs in cases:
        t.same('getopt %r %r %r' % (args, short, longs), lambda m: m.getopt(args, short, longs))
        t.same('gnu_getopt %r %r %r' % (args, short, longs), lambda m: m.gnu_getopt(args, short, longs))
        t.same('gnu_getopt+ %r' % (args,), lambda m: m.gnu_getopt(args, '+' + short, longs))

    def err(m):
        try:
            m.getopt(['-q'], 'a')
        except m.GetoptError as e:
            return str(e), e.msg, e.opt, e.args, m.error is m.GetoptError
    t.same('error attrs', err)
    t.same('long as str', lambda m: m.getopt(['--x'], '', 'x'))

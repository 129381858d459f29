"""argparse: parse results, error messages/exit codes and -h output, against
CPython's argparse on many parsers and command lines."""
import contextlib
import io
import os


def run_parser(build, argv):
    def go(m):
        os.environ['COLUMNS'] = '80'
        out, err = io.StringIO(), io.StringIO()
        code = None
        result = None
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                p = build(m)
                result = p.parse_args(argv)
            except SystemExit as e:
                code = e.code
        return repr(result), code, out.getvalue(), err.getvalue()
    return go


def p_basic(m):
    p = m.ArgumentParser(prog='prog', description='A test program that does things with numbers and files.',
                         epilog='See the docs for more.')
    p.add_argument('src', help='source file')
    p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
    p.add_argument('-n', '--num', type=int, default=3, help='how many times to do it')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('-q', '--quiet', action='store_true', help='less output')
    p.add_argument('--no-color', dest='color', action='store_false')
    p.add_argument('-I', '--include', action='append', metavar='DIR', help='add a directory')
    p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='speed: %(choices)s')
    p.add_argument('--ratio', type=float)
    p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
    p.add_argument('--many', nargs='*')
    p.add_argument('--some', nargs='+', type=int)
    p.add_argument('--const', action='store_const', const=42)
    p.add_argument('--opt', nargs='?', const='C', default='D')
    return p


def p_positional(m):
    p = m.ArgumentParser(prog='pos')
    p.add_argument('first')
    p.add_argument('rest', nargs='*')
    p.add_argument('--flag', action='store_true')
    return p


def p_plus(m):
    p = m.ArgumentParser(prog='plus')
    p.add_argument('a', nargs='+')
    p.add_argument('b')
    p.add_argument('c', nargs=2, type=int)
    return p


def p_mutex(m):
    p = m.ArgumentParser(prog='mx')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--foo', action='store_true')
    g.add_argument('--bar', type=int)
    r = p.add_mutually_exclusive_group(required=True)
    r.add_argument('-x', action='store_true')
    r.add_argument('-y', action='store_true')
    return p


def p_groups(m):
    p = m.ArgumentParser(prog='grp', add_help=False)
    p.add_argument('--help', action='help', help='show help')
    g = p.add_argument_group('input', 'Options about the input side of things.')
    g.add_argument('--in', dest='inp', required=True, help='input path')
    g.add_argument('--fmt', default='json')
    h = p.add_argument_group('output')
    h.add_argument('--out-file', '-o', help='an output file with a rather long help text that must wrap '
                                               'over several lines because it is long')
    p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
    return p


def p_long(m):
    p = m.ArgumentParser(prog='a-program-with-a-long-name')
    for i in range(12):
        p.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i, help='option %d' % i)
    p.add_argument('inputs', nargs='+')
    p.add_argument('output')
    return p


def p_types(m):
    def even(s):
        v = int(s)
        if v % 2:
            raise m.ArgumentTypeError('%r is not even' % s)
        return v
    p = m.ArgumentParser(prog='ty')
    p.add_argument('--even', type=even)
    p.add_argument('--ext', action='extend', nargs='+')
    p.add_argument('--bool', action=m.BooleanOptionalAction, default=True, help='a flag')
    p.add_argument('-c', action='append_const', const='C', dest='consts')
    p.add_argument('--x-y', type=int, default='5')
    p.set_defaults(extra='yes')
    return p


def p_sub(m):
    p = m.ArgumentParser(prog='git')
    p.add_argument('--top', action='store_true')
    sub = p.add_subparsers(dest='cmd', help='sub-command help')
    a = sub.add_parser('add', help='add things')
    a.add_argument('paths', nargs='+')
    c = sub.add_parser('commit', help='record changes')
    c.add_argument('-m', '--message', required=True)
    return p


CASES = [
    (p_basic, [['a'], ['a', 'b'], ['a', '-n', '5'], ['a', '-n5'], ['a', '--num=7'], ['a', '--num', 'x'],
               ['a', '-vvv'], ['a', '-v', '-v', '-q'], ['-h'], ['--help'], [], ['a', 'b', 'c'],
               ['a', '--mode', 'slow'], ['a', '--mode', 'zzz'], ['a', '-I', 'x', '-I', 'y'], ['a', '--no-color'],
               ['a', '--ratio', '1.5'], ['a', '--ratio', 'abc'], ['a', '--pair', '1'], ['a', '--pair', '1', '2'],
               ['a', '--many'], ['a', '--many', '1', '2'], ['a', '--some'], ['a', '--some', '1', '2', 'b'],
               ['a', '--const'], ['a', '--opt'], ['a', '--opt', 'x'], ['--nu', '3', 'a'], ['--n', '3', 'a'],
               ['a', '--unknown'], ['a', '-x'], ['a', '--', '-n'], ['-n'], ['a', '-qv'], ['a', '-qn4'],
               ['a', '-q=1'], ['a', '--quiet=1'], ['a', '-n', '-5'], ['a', '--mo', 'fast'], ['--verb', 'a']]),
    (p_positional, [[], ['x'], ['x', 'y', 'z'], ['x', '--flag', 'y'], ['--flag'], ['-h'], ['x', '-1'], ['--', '--flag']]),
    (p_plus, [['1', '2', '3', '4'], ['1', '2', '3', '4', '5'], ['1', '2'], ['a', 'b', 'c', 'd'], ['-h'], []]),
    (p_mutex, [['-x'], ['-x', '-y'], ['--foo', '-y'], ['--foo', '--bar', '1', '-x'], [], ['-h'], ['--bar', '2']]),
    (p_groups, [['--in', 'f'], [], ['--help'], ['--version'], ['--in', 'a', '-o', 'b', '--fmt', 'x'], ['-o']]),
    (p_long, [['-h'], ['a'], ['a', 'b'], ['--option-number-1', 'x', 'i', 'o']]),
    (p_types, [['--even', '4'], ['--even', '3'], ['--ext', 'a', 'b', '--ext', 'c'], ['--no-bool'], ['--bool'],
               ['-c', '-c'], [], ['-h'], ['--x-y', '7']]),
    (p_sub, [['add', 'x', 'y'], ['commit', '-m', 'msg'], ['commit'], ['push'], ['-h'], ['--top', 'add', 'p'],
             ['add', '-h'], []]),
]


def run(t):
    for build, argvs in CASES:
        for argv in argvs:
            t.same('%s %r' % (build.__name__, argv), run_parser(build, argv))
        t.same('%s usage' % build.__name__, lambda m: (os.environ.__setitem__('COLUMNS', '80'),
                                                        build(m).format_usage())[1])
        for cols in ('40', '60', '120'):
            def width(m, cols=cols):
                os.environ['COLUMNS'] = cols
                try:
                    return build(m).format_help()
                finally:
                    os.environ['COLUMNS'] = '80'
            t.same('%s help at %s' % (build.__name__, cols), width)
    t.same('Namespace', lambda m: (repr(m.Namespace(b=1, a='x')), m.Namespace(a=1) == m.Namespace(a=1),
                                   'a' in m.Namespace(a=1)))
    t.same('parse_known_args', lambda m: repr(p_positional(m).parse_known_args(['x', '--zz', 'y'])))
    t.same('conflict', lambda m: p_positional(m).add_argument('--flag'))
    t.same('bad option string', lambda m: m.ArgumentParser().add_argument('-x', 'y'))
    t.same('positional required kw', lambda m: m.ArgumentParser().add_argument('x', required=True))
    t.same('store nargs 0', lambda m: m.ArgumentParser().add_argument('--x', nargs=0))
    def fromfile(m):
        import tempfile
        with tempfile.NamedTemporaryFile('w', suffix='.args', delete=False) as f:
            f.write('-n\n7\nsrc-from-file\n')
            name = f.name
        try:
            p = m.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
            p.add_argument('-n', type=int)
            p.add_argument('src')
            return repr(p.parse_args(['@' + name]))
        finally:
            os.unlink(name)
    t.same('fromfile', fromfile)
    t.same('fromfile missing', run_parser(lambda m: m.ArgumentParser(prog='ff', fromfile_prefix_chars='@'),
                                          ['@/nonexistent/file']))
    t.same('formatter defaults', run_parser(lambda m: _defaults_parser(m), ['-h']))
    t.same('raw formatter', run_parser(lambda m: _raw_parser(m), ['-h']))


def _defaults_parser(m):
    p = m.ArgumentParser(prog='d', formatter_class=m.ArgumentDefaultsHelpFormatter)
    p.add_argument('--size', type=int, default=10, help='the size')
    p.add_argument('--name', help='a name')
    p.add_argument('files', nargs='*', default=['a'], help='files')
    return p


def _raw_parser(m):
    p = m.ArgumentParser(prog='r', formatter_class=m.RawTextHelpFormatter,
                         description='line one\n  line two indented\n\nafter blank')
    p.add_argument('--x', help='keep\n  this layout')
    return p

"""re: hand-picked patterns over the whole syntax, pattern errors, the
Match/Pattern API, sub/split/findall, and random patterns from a small
grammar, against CPython's re."""
import random

PATTERNS = [
    # literals, classes, escapes
    (r'abc', 0, ['abc', 'xabcx', 'ab', '']),
    (r'a.c', 0, ['abc', 'a\nc', 'ac']),
    (r'a.c', 'S', ['a\nc']),
    (r'[a-c]+', 0, ['xxabcabcz', 'ddd']),
    (r'[^a-c]+', 0, ['abcxyzabc', 'abc']),
    (r'[]a]+', 0, ['a]]b']),
    (r'[^]a]', 0, ['a]b']),
    (r'[a-]+', 0, ['-a-b']),
    (r'[-a]+', 0, ['-a-b']),
    (r'[\d\s]+', 0, ['ab 12 3x', '\u0663\u2003x']),
    (r'[\w.]+@[\w.]+', 0, ['mail me at joe.x@ex.com now']),
    (r'\d+', 0, ['abc 123 4', '\u0661\u0662', 'x']),
    (r'\d+', 'A', ['\u0661\u0662 12']),
    (r'\D+', 0, ['ab12cd']),
    (r'\w+', 0, ['héllo wörld_1 !!', '___']),
    (r'\w+', 'A', ['héllo wörld_1']),
    (r'\W+', 0, ['a, b;; c']),
    (r'\s+', 0, ['a \t\n\x0b\x0cb\u3000c\x1cd']),
    (r'\S+', 0, ['  ab  cd ']),
    (r'\x41\u0042\U00000043\101\0\n\t', 0, ['ABCA\x00\n\t']),
    (r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', 0, ['.*+?()[]{}|^$\\']),
    (r'[\x41-\x43]+', 0, ['xABCD']),
    (r'[\b]', 0, ['a\bb']),
    (r'a{2}', 0, ['aaaa', 'a']),
    (r'a{2,}', 0, ['aaaaa', 'a']),
    (r'a{,2}', 0, ['aaaaa']),
    (r'a{1,3}', 0, ['aaaaa']),
    (r'a{1,3}?', 0, ['aaaaa']),
    (r'a{,}', 0, ['aaa']),
    (r'a{', 0, ['a{', 'a']),
    (r'a{1', 0, ['a{1']),
    (r'a{x}', 0, ['a{x}']),
    (r'{', 0, ['{']),
    (r'x{2}y{0}', 0, ['xxy']),
    # anchors
    (r'^abc$', 0, ['abc', 'abc\n', 'abc\n\n', 'xabc']),
    (r'^\w+$', 'M', ['ab\ncd\n', 'x']),
    (r'\Aab\Z', 0, ['ab', 'ab\n']),
    (r'$', 0, ['ab\n', '']),
    (r'\bfoo\b', 0, ['a foo b', 'afoob', 'foo', 'föo foo']),
    (r'\Boo\B', 0, ['foob', 'oo', 'fooo']),
    (r'\B', 0, ['', 'ab']),
    (r'\b', 0, ['', 'ab']),
    (r'(?m)^$', 0, ['a\n\nb', '']),
    # groups
    (r'(a)(b)(c)', 0, ['abc']),
    (r'(a(b)c)', 0, ['abc']),
    (r'(?:ab)+', 0, ['ababab']),
    (r'(?P<first>\w+) (?P<last>\w+)', 0, ['Jane Doe', 'x']),
    (r'(?P<a>x)(?P=a)', 0, ['xx', 'xy']),
    (r'(a)\1', 0, ['aa', 'ab']),
    (r'(a|b)*c\1', 0, ['abacb', 'abca']),
    (r'(?i)(ab)\1', 0, ['abAB']),
    (r'(a)|b', 0, ['b', 'a']),
    (r'((a)|b)+', 0, ['ab', 'ba']),
    (r'(a)?b', 0, ['b', 'ab']),
    (r'(a*)+', 0, ['aaa', 'b']),
    (r'(a*)*', 0, ['aaa', 'b']),
    (r'(a|)+b', 0, ['aab']),
    (r'(?:(a)|b)*', 0, ['ab', 'ba']),
    (r'(a)|(b)|(c)', 0, ['c', 'b']),
    (r'(?P<n>a)|(?P<m>b)', 0, ['b']),
    # alternation and quantifiers
    (r'a|ab|abc', 0, ['abc']),
    (r'(a|ab)(c|bcd)(d*)', 0, ['abcd']),
    (r'a*?b', 0, ['aaab']),
    (r'a+?', 0, ['aaa']),
    (r'a??b', 0, ['ab', 'b']),
    (r'<.*>', 0, ['<a><b>']),
    (r'<.*?>', 0, ['<a><b>']),
    (r'(\d+)(\d+)', 0, ['12345']),
    (r'(\d+?)(\d+)', 0, ['12345']),
    (r'(x+x+)+y', 0, ['xxxxxxxxxxy', 'xxxxxxxxxx']),
    (r'(?:a|b)*?c', 0, ['ababc']),
    (r'(ab|a)(bc|c)?', 0, ['abc']),
    (r'a*+a', 0, ['aaa']),
    (r'a++b', 0, ['aab']),
    (r'a?+a', 0, ['a']),
    (r'(?:ab)*+ab', 0, ['abab']),
    (r'a{1,2}+a', 0, ['aaa']),
    (r'(?>a|ab)c', 0, ['abc', 'ac']),
    (r'(?>(a+))b', 0, ['aab']),
    # lookaround
    (r'foo(?=bar)', 0, ['foobar', 'foobaz']),
    (r'foo(?!bar)', 0, ['foobar', 'foobaz']),
    (r'(?<=\$)\d+', 0, ['cost $42 or 7']),
    (r'(?<!\$)\b\d+', 0, ['cost $42 or 7']),
    (r'(?=(\w+))\w', 0, ['abc']),
    (r'(?<=(a))b', 0, ['ab']),
    (r'(?<=ab|cd)x', 0, ['abx cdx']),
    (r'(?!a)\w+', 0, ['abc bcd']),
    # conditionals
    (r'(<)?\w+(?(1)>)', 0, ['<a>', 'b', '<c']),
    (r'(?P<q>")?\w+(?(q)"|!)', 0, ['"x"', 'y!', '"z!']),
    (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'b']),
    # flags
    (r'abc', 'I', ['ABC', 'aBc']),
    (r'[a-z]+', 'I', ['HeLLo']),
    (r'[^a-z]+', 'I', ['HeLLo12']),
    (r'\u212a', 'I', ['k', 'K']),
    (r'k', 'I', ['\u212a']),
    (r's', 'I', ['\u017f', 'S']),
    (r'ss', 'IA', ['\u017f\u017fss']),
    (r'é', 'I', ['É']),
    (r'[é]', 'IA', ['É']),
    (r'(?i:a)b', 0, ['Ab', 'AB']),
    (r'(?i)a(?-i:b)', 0, ['AB', 'Ab']),
    (r'a b  # comment\n c', 'X', ['abc']),
    (r'(?x) a [ ] b \  c', 0, ['a b c', 'a  bc']),
    (r'(?x)a{2} b*', 0, ['aabbb']),
    (r'(?s).+', 0, ['a\nb']),
    (r'(?m)a$', 0, ['a\nb']),
    (r'(?a)\w+', 0, ['héllo']),
    (r'(?#comment)ab', 0, ['ab']),
    (r'a(?#c)*', 0, ['aaa']),
    (r'(?i)(?m)^a', 0, ['b\nA']),
    # misc
    (r'', 0, ['', 'abc']),
    (r'x*', 0, ['abxd', '']),
    (r'\b|x', 0, ['ab x']),
    (r'(?:)', 0, ['ab']),
    (r'[^\n]*\n', 0, ['line1\nline2\n']),
    (r'(\w+)\s*=\s*(".*?"|\S+)', 0, ['a = "b c" d=e']),
    (r'^(\+|-)?\d+(\.\d+)?([eE][+-]?\d+)?$', 0, ['-1.5e10', '12', '1.', 'e5']),
    (r'[\u4e00-\u9fff]+', 0, ['abc中文def']),
    (r'\N{LATIN SMALL LETTER A}', 0, ['a']),
    (r'(a)(?P<b>b)(c)(?P<d>d)?', 0, ['abc', 'abcd']),
]

ERRORS = [
    'a)', '(a', '*', 'a**', 'a*?*', '+a', '?', '[a', '[a-', '[]', '[^]',
    '\\q', '\\', 'a\\', '[z-a]', '[\\d-z]', '[a-\\d]', '(?P<1a>x)', '(?P<>x)',
    '(?P<a>x)(?P<a>y)', '(?P=b)', '\\2', '(a)\\2', '(a\\1)', '(?<=a+)b',
    '(?<=a|bc)d', '(?z)', '(?P', '(?Px)', '(?<x)', 'a{3,2}', '(?', '(?i',
    '(?-)', '(?i-i:a)', 'a(?i)', '(?#', '(?(1)a|b|c)', '(?(a)x)', '(?(0)a)',
    '\\x', '\\x1', '\\xg', '\\u12', '\\U0011ffff', '\\400', '[\\400]', '\\8',
    '[\\8]', '(?(2)a)(b)', '\\N{NOT A NAME}', '\\N', 'x{99999999999}',
    '(?a)(?u)', '(?L)a', '(?-a:x)', '(?i:x', 'a\n(b', 'ab\ncd)', '(?P<a>a)(?P=a',
    '^*', '\\b+', '$?', '(?aL:x)', '(?x', '[\\', '\\g', 'a|*',
]

TEMPLATES = [r'\1', r'<\g<1>>', r'\g<0>', r'\g<name>', r'\n\t', r'\\', r'\q',
             r'\2', r'\g<9>', r'\g<x', r'\g<>', r'\g<bad-name>', r'\0', r'\11',
             r'\101', r'\d', r'\&', r'x\\y', r'\g<unknown>', '\\']

FLAGMAP = {'I': 2, 'M': 8, 'S': 16, 'X': 64, 'A': 256, 0: 0}


def flags_of(f, m):
    v = 0
    for ch in (f or ''):
        v |= getattr(m, ch)
    return v


def describe(m):
    if m is None:
        return None
    return (repr(m), m.span(), m.groups(), m.groupdict(), m.lastindex,
            m.lastgroup, [m.span(i) for i in range(m.re.groups + 1)])


def run(t):
    for pat, f, subjects in PATTERNS:
        for s in subjects:
            def probe(m, pat=pat, f=f, s=s):
                p = m.compile(pat, flags_of(f, m))
                return (describe(p.match(s)), describe(p.search(s)),
                        describe(p.fullmatch(s)), p.findall(s),
                        [describe(x) for x in p.finditer(s)],
                        p.split(s), p.subn('<>', s), p.sub(lambda x: x.group().upper(), s),
                        p.groups, p.groupindex == dict(p.groupindex) and sorted(p.groupindex.items()),
                        repr(p), p.flags)
            t.same('pattern %r %r on %r' % (pat, f, s), probe)
            for pos, endpos in ((1, 100), (0, 2), (2, 1), (-5, 3)):
                t.same('pos %r %r %r %d %d' % (pat, f, s, pos, endpos),
                       lambda m, pat=pat, f=f, s=s, pos=pos, endpos=endpos:
                       [describe(m.compile(pat, flags_of(f, m)).search(s, pos, endpos)),
                        describe(m.compile(pat, flags_of(f, m)).match(s, pos, endpos)),
                        m.compile(pat, flags_of(f, m)).findall(s, pos, endpos)])
    for pat in ERRORS:
        def err(m, pat=pat):
            try:
                m.compile(pat)
            except m.error as e:
                return ('error', str(e), e.msg, e.pos, e.lineno, e.colno)
            return 'compiled'
        t.same('error %r' % pat, err)
    for tpl in TEMPLATES:
        t.same('template %r' % tpl, lambda m, tpl=tpl: m.sub(r'(?P<name>a)(b)?', tpl, 'xaby a'))
        t.same('expand %r' % tpl, lambda m, tpl=tpl: m.match(r'(?P<name>a)(b)?', 'ab').expand(tpl))

    # bytes
    t.same('bytes findall', lambda m: m.findall(rb'\w+', b'ab cd \xe9f'))
    t.same('bytes sub', lambda m: m.sub(rb'(\d)', rb'<\1>', b'a1b22'))
    t.same('bytes match', lambda m: describe(m.match(rb'(?P<x>a+)', b'aab')))
    t.same('bytes icase', lambda m: m.findall(rb'\xe9|a', b'A\xc9\xe9a', m.I))
    t.same('bytes repr', lambda m: repr(m.compile(rb'a\n', m.I)))
    t.same('bytearray', lambda m: m.match(rb'a+', bytearray(b'aab')).group())
    t.same('bytes escape', lambda m: m.escape(b'a.b c'))
    t.same('mixed 1', lambda m: m.match('a', b'a'))
    t.same('mixed 2', lambda m: m.match(b'a', 'a'))
    t.same('bad subject', lambda m: m.match('a', 5))
    t.same('bad pattern', lambda m: m.compile(5))
    t.same('bytes \\u', lambda m: m.compile(rb'\u0041'))
    t.same('str L', lambda m: m.compile('a', m.L))
    t.same('A and U', lambda m: m.compile('a', m.A | m.U))
    t.same('bytes U', lambda m: m.compile(b'a', m.U))
    t.same('flags on compiled', lambda m: m.compile(m.compile('a'), m.I))
    t.same('compiled again', lambda m: m.compile(m.compile('a')).pattern)

    # Match and Pattern API
    def api(m):
        mo = m.search(r'(?P<w>\w+) (?P<n>\d+)?', 'xx abc  12')
        out = [mo.group(), mo.group(1), mo.group('w', 2), mo[0], mo['w'], mo[2],
               mo.start(), mo.end(1), mo.span('n'), mo.start(2), mo.end(2),
               mo.groups('-'), mo.groupdict('?'), mo.pos, mo.endpos, mo.string,
               mo.re.pattern, mo.regs, mo.expand(r'[\1|\g<w>]'), bool(mo)]
        for bad in (3, 'zz', -1, None):
            try:
                mo.group(bad)
            except IndexError as e:
                out.append(str(e))
        return out
    t.same('match api', api)
    t.same('escape', lambda m: m.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p\tq-r#s&t~u_v,w"x/y\'z'))
    t.same('escape unicode', lambda m: m.escape('é中 !'))
    t.same('flag reprs', lambda m: [repr(m.I), repr(m.I | m.M), str(m.S), repr(m.A | m.I | m.X),
                                    int(m.I | m.M), m.I | 0, repr(m.NOFLAG), m.I.value,
                                    m.I & m.I, repr(m.M & m.I)])
    t.same('pattern repr', lambda m: [repr(m.compile('a', m.I | m.S | m.X | m.M)),
                                      repr(m.compile('x' * 300)), repr(m.compile("it's")),
                                      repr(m.compile('(?i)a')), repr(m.compile('a', m.A))])
    t.same('pattern eq', lambda m: (m.compile('a') == m.compile('a'),
                                    m.compile('a') == m.compile('a', m.I),
                                    hash(m.compile('ab')) == hash(m.compile('ab'))))
    t.same('long match repr', lambda m: repr(m.match('.*', 'x' * 100)))
    t.same('split maxsplit', lambda m: [m.split(r'(,)', 'a,b,c,d', 2), m.split(r',', 'a,b', maxsplit=5),
                                        m.split(r'x*', 'axbc'), m.split(r'\b', 'ab cd'),
                                        m.split(r'(a)|b', 'xbyaz')])
    t.same('sub count', lambda m: [m.sub('a', 'b', 'aaaa', 2), m.subn('a', 'b', 'aaaa', count=3),
                                   m.sub('', '-', 'abc'), m.sub('(?:)', '-', ''),
                                   m.sub(r'(a)|b', r'[\1]', 'ab'), m.sub('a', lambda x: None, 'bab')])
    t.same('findall groups', lambda m: [m.findall(r'(a)(b)?', 'abaa'), m.findall(r'(a)|b', 'ab'),
                                        m.findall(r'', 'ab'), m.findall(r'\b', 'a b')])
    t.same('module flags kw', lambda m: m.findall('a', 'aA', flags=m.I))
    t.same('purge', lambda m: (m.purge(), m.match('a', 'a').group()))
    t.same('fullmatch alt', lambda m: [describe(m.fullmatch(r'a|ab', 'ab')),
                                       describe(m.fullmatch(r'a*?', 'aaa')),
                                       describe(m.fullmatch(r'(a)+?', 'aaa'))])
    t.same('deep nesting', lambda m: describe(m.match('(' * 60 + 'a' + ')' * 60, 'a')))
    t.same('long subject', lambda m: (len(m.findall(r'\w+', 'ab ' * 3000)),
                                      describe(m.search(r'(a|b)*c', 'ab' * 2000 + 'c'))))
    def scanner(m):
        sc = m.Scanner([(r'[a-z_]\w*', lambda s, tok: ('NAME', tok)),
                        (r'(\d+)(\.\d+)?', lambda s, tok: ('NUM', tok, s.match.lastindex)),
                        (r'[+*/()-]', lambda s, tok: ('OP', tok)),
                        (r'\s+', None)])
        return [sc.scan('x1 = 3.5 + foo_bar*(12 - y)'), sc.scan('a + 1 $ b'), sc.scan('')]
    t.same('Scanner', scanner)

    def pscanner(m):
        out = []
        for pat, s in ((r'\d+', 'a12b345c6'), (r'x*', 'axxb'), (r'', 'ab')):
            sc = m.compile(pat).scanner(s)
            out.append([x.span() if x else None for x in (sc.search(), sc.search(), sc.search(), sc.search(), sc.search())])
            sc = m.compile(pat).scanner(s)
            out.append([x.span() if x else None for x in (sc.match(), sc.match(), sc.match())])
        return out
    t.same('Pattern.scanner', pscanner)
    t.same('error type', lambda m: (issubclass(m.error, Exception), m.error.__name__))

    # random patterns from a small grammar over a small alphabet
    rng = random.Random(4)
    atoms = ['a', 'b', '.', '[ab]', '[^a]', r'\w', r'\W', r'\d', 'c', '(?:ab)']

    def gen(depth):
        r = rng.random()
        if depth > 3 or r < 0.3:
            return rng.choice(atoms)
        if r < 0.5:
            return gen(depth + 1) + gen(depth + 1)
        if r < 0.6:
            return gen(depth + 1) + '|' + gen(depth + 1)
        if r < 0.75:
            return '(' + gen(depth + 1) + ')'
        if r < 0.8:
            return '(?=' + gen(depth + 1) + ')'
        if r < 0.83:
            return '(?>' + gen(depth + 1) + ')'
        q = rng.choice(['*', '+', '?', '*?', '+?', '??', '{1,2}', '{2}', '{0,1}?', '*+'])
        return '(?:' + gen(depth + 1) + ')' + q
    for i in range(400):
        pat = gen(0)
        if rng.random() < 0.3:
            pat = '(' + pat + r')\1'
        s = ''.join(rng.choice('abc1 ') for _ in range(rng.randrange(0, 9)))
        t.same('random %r on %r' % (pat, s),
               lambda m, pat=pat, s=s: (describe(m.search(pat, s)),
                                        describe(m.fullmatch(pat, s)),
                                        m.findall(pat, s), m.sub(pat, '-', s)))

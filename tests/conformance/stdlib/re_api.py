"""re: the Match/Pattern API, flags and their reprs, bytes patterns, type
errors, sub/split/findall corner cases (empty matches), the cache, long
subjects, and random patterns from a small grammar."""
import random
import re


def describe(m):
    if m is None:
        return None
    return (repr(m), m.span(), m.groups(), m.groupdict(), m.lastindex,
            m.lastgroup, [m.span(i) for i in range(m.re.groups + 1)])


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


show('bytes findall', lambda: re.findall(rb'\w+', b'ab cd \xe9f'))
show('bytes sub', lambda: re.sub(rb'(\d)', rb'<\1>', b'a1b22'))
show('bytes match', lambda: describe(re.match(rb'(?P<x>a+)', b'aab')))
show('bytes icase', lambda: re.findall(rb'\xe9|a', b'A\xc9\xe9a', re.I))
show('bytes repr', lambda: repr(re.compile(rb'a\n', re.I)))
show('bytes escape', lambda: re.escape(b'a.b c'))
show('mixed 1', lambda: re.match('a', b'a'))
show('mixed 2', lambda: re.match(b'a', 'a'))
show('bad subject', lambda: re.match('a', 5))
show('bad pattern', lambda: re.compile(5))
show('bytes \\u', lambda: re.compile(rb'\u0041'))
show('str L', lambda: re.compile('a', re.L))
show('A and U', lambda: re.compile('a', re.A | re.U))
show('bytes U', lambda: re.compile(b'a', re.U))
show('flags on compiled', lambda: re.compile(re.compile('a'), re.I))
show('compiled again', lambda: re.compile(re.compile('a')).pattern)

mo = re.search(r'(?P<w>\w+) (?P<n>\d+)?', 'xx abc  12')
print(mo)
print(mo.group(), mo.group(1), mo.group('w', 2), mo[0], mo['w'], mo[2])
print(mo.start(), mo.end(1), mo.span('n'), mo.start(2), mo.end(2))
print(mo.groups('-'), mo.groupdict('?'), mo.pos, mo.endpos, mo.string)
print(mo.re, mo.re.pattern, mo.regs, mo.expand(r'[\1|\g<w>]'), bool(mo))
for bad in (3, 'zz', -1, None):
    show('group %r' % (bad,), lambda: mo.group(bad))
print(type(mo).__name__, type(mo.re).__name__, isinstance(mo.re, re.Pattern),
      isinstance(mo, re.Match))

print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p\tq-r#s&t~u_v,w"x/y\'z'))
print(re.escape('é中 !'))
print(repr(re.I), repr(re.I | re.M), str(re.S), repr(re.A | re.I | re.X),
      int(re.I | re.M), re.I | 0, repr(re.NOFLAG), re.I.value, re.I & re.I,
      repr(re.M & re.I), re.IGNORECASE == 2, re.VERBOSE + 0)
print(re.compile('a', re.I | re.S | re.X | re.M))
print(re.compile('x' * 300))
print(re.compile("it's"), re.compile('(?i)a'), re.compile('a', re.A))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.match('.*', 'x' * 100))
print(re.split(r'(,)', 'a,b,c,d', 2), re.split(r',', 'a,b', maxsplit=5),
      re.split(r'x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split(r'(a)|b', 'xbyaz'))
print(re.sub('a', 'b', 'aaaa', 2), re.subn('a', 'b', 'aaaa', count=3),
      re.sub('', '-', 'abc'), re.sub('(?:)', '-', ''),
      re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('a', lambda x: None, 'bab'))
print(re.findall(r'(a)(b)?', 'abaa'), re.findall(r'(a)|b', 'ab'),
      re.findall(r'', 'ab'), re.findall(r'\b', 'a b'))
print(re.findall('a', 'aA', flags=re.I))
re.purge()
print(re.match('a', 'a').group())
print(describe(re.fullmatch(r'a|ab', 'ab')), describe(re.fullmatch(r'a*?', 'aaa')),
      describe(re.fullmatch(r'(a)+?', 'aaa')))
print(describe(re.match('(' * 60 + 'a' + ')' * 60, 'a')))
print(len(re.findall(r'\w+', 'ab ' * 300)),
      describe(re.search(r'(a|b)*c', 'ab' * 200 + 'c')))
print(issubclass(re.error, Exception), re.error.__name__)
for m in re.finditer(r'(?P<key>\w+)=(?P<val>[^;]*)', 'a=1;bb=two;c='):
    print(m.start(), m.group('key'), repr(m['val']), m.lastgroup)
words = re.compile(r"[A-Za-z']+")
text = "It's a truth universally acknowledged, that a single man..."
print(sorted(set(w.lower() for w in words.findall(text))))
print(re.sub(r'(?m)^\s+', '', '  a\n    b\n c'))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))

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


for i in range(150):
    pat = gen(0)
    if rng.random() < 0.3:
        pat = '(' + pat + r')\1'
    s = ''.join(rng.choice('abc1 ') for _ in range(rng.randrange(0, 9)))
    print(repr(pat), repr(s), describe(re.search(pat, s)), describe(re.fullmatch(pat, s)),
          re.findall(pat, s), re.sub(pat, '-', s))

sc = re.Scanner([(r'[a-z_]\w*', lambda s, tok: ('NAME', tok)),
                 (r'(\d+)(\.\d+)?', lambda s, tok: ('NUM', tok, s.match.lastindex)),
                 (r'[+*/()-]', lambda s, tok: ('OP', tok)),
                 (r'\s+', None)])
print(sc.scan('x1 = 3.5 + foo_bar*(12 - y)'), sc.scan('a + 1 * b'))
it = re.compile(r'\d+').scanner('a12b345c6')
print([m.group() for m in iter(it.search, None)])

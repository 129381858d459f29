"""re: many patterns over the whole syntax (groups, classes, anchors,
quantifiers greedy/lazy/possessive, lookaround, conditionals, flags) with
match/search/fullmatch/findall/finditer/split/sub; pattern errors; templates."""
import re

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
    (r'(a)(?P<b>b)(c)(?P<d>d)?', 0, ['abc', 'abcd']),
]

ERRORS = [
    'a)', '(a', '*', 'a**', 'a*?*', '+a', '?', '[a', '[a-', '[]', '[^]',
    '\\q', '\\', 'a\\', '[z-a]', '[\\d-z]', '[a-\\d]', '(?P<1a>x)', '(?P<>x)',
    '(?P<a>x)(?P<a>y)', '(?P=b)', '\\2', '(a)\\2', '(a\\1)', '(?<=a+)b',
    '(?<=a|bc)d', '(?z)', '(?P', '(?Px)', '(?<x)', 'a{3,2}', '(?', '(?i',
    '(?-)', '(?i-i:a)', 'a(?i)', '(?#', '(?(1)a|b|c)', '(?(a)x)', '(?(0)a)',
    '\\x', '\\x1', '\\xg', '\\u12', '\\U0011ffff', '\\400', '[\\400]', '\\8',
    '[\\8]', '(?(2)a)(b)', '\\N', 'x{99999999999}',
    '(?a)(?u)', '(?L)a', '(?-a:x)', '(?i:x', 'a\n(b', 'ab\ncd)', '(?P<a>a)(?P=a',
    '^*', '\\b+', '$?', '(?aL:x)', '(?x', '[\\', '\\g', 'a|*',
]

TEMPLATES = [r'\1', r'<\g<1>>', r'\g<0>', r'\g<name>', r'\n\t', r'\\', r'\q',
             r'\2', r'\g<9>', r'\g<x', r'\g<>', r'\g<bad-name>', r'\0', r'\11',
             r'\101', r'\d', r'\&', r'x\\y', r'\g<unknown>', '\\']



def flags_of(f):
    v = 0
    for ch in (f or ''):
        v |= getattr(re, ch)
    return v


def describe(m):
    if m is None:
        return None
    return (repr(m), m.span(), m.groups(), m.groupdict(), m.lastindex,
            m.lastgroup, [m.span(i) for i in range(m.re.groups + 1)])


for pat, f, subjects in PATTERNS:
    p = re.compile(pat, flags_of(f))
    print(repr(p), p.groups, sorted(p.groupindex.items()), p.flags)
    for s in subjects:
        print(' ', repr(s))
        print('   match', describe(p.match(s)))
        print('   search', describe(p.search(s)))
        print('   fullmatch', describe(p.fullmatch(s)))
        print('   findall', p.findall(s))
        print('   split', p.split(s), p.subn('<>', s))
        print('   sub', p.sub(lambda x: x.group().upper(), s))
        print('   pos', describe(p.search(s, 1, 100)), describe(p.match(s, 0, 2)))

for pat in ERRORS:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, OverflowError) as e:
        print(repr(pat), type(e).__name__, e)

for tpl in TEMPLATES:
    for fn in (lambda: re.sub(r'(?P<name>a)(b)?', tpl, 'xaby a'),
               lambda: re.match(r'(?P<name>a)(b)?', 'ab').expand(tpl)):
        try:
            print(repr(tpl), repr(fn()))
        except (re.error, IndexError) as e:
            print(repr(tpl), type(e).__name__, e)

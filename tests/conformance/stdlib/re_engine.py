# The regex machine's semantics over str (ASCII and not), bytes and bytearray:
# backtracking order, lazy/possessive repeats, atomic groups, lookarounds,
# backreferences, group values in repeats, case-insensitivity, anchors, and
# long subjects (no recursion per character).
import re


def show(p, s, flags=0):
    r = re.compile(p, flags)
    m = r.search(s)
    print(repr(p), repr(s)[:40], m and (m.span(), m.groups(), m.lastindex),
          r.findall(s)[:8], len(r.findall(s)))


show(r'(a|ab)(c|bcd)(d*)', 'abcd')
show(r'(a+?)(a*)', 'aaaa')
show(r'a*+a', 'aaaa')
show(r'(?>a+)b|a+', 'aaac')
show(r'(a|b)*c', 'ababc')
show(r'(?:(a)|b)*', 'ab')
show(r'(?:(a)|(b))+', 'abab')
show(r'(a*)*b', 'aab')
show(r'(a*)+?', 'aa')
show(r'(?:x?)*y', 'xxy')
show(r'(\w+)\s+\1', 'hello hello world')
show(r'(?P<q>["\']).*?(?P=q)', 'say "hi" and \'bye\'')
show(r'(?<=\$)\d+(?:\.\d\d)?', 'cost: $42.50 or $7')
show(r'(?<!\d)\d{3}(?!\d)', '12 345 6789 012')
show(r'\bfoo\b', 'foo food foo.bar')
show(r'\Bo\B', 'foo boo o')
show(r'^\w+$', 'one\ntwo\nthree', re.M)
show(r'a.c', 'a\nc abc', re.S)
show(r'a.c', 'a\nc abc')
show(r'(?i)straße', 'STRASSE Straße STRAßE')
show(r'[k]', 'K\u212ak', re.I)
show(r'\u03c3+', '\u03a3\u03c3\u03c2', re.I)
show(r'\w+', 'naïve café 123', re.A)
show(r'\w+', 'naïve café 123')
show(r'\d+', '12\u0663\u0664 5')
show(r'\s+', 'a\u2003b\x1cc\x85d')
show(r'(a)(?(1)b|c)', 'ab ac c')
show(r'x*', 'axxb')
show(r'$', 'a\n')
show(r'\Z', 'a\n')
show(r'(?m)$', 'a\nb\n')
show(r'[^\W\d]+', 'ab12cd_3')
show(r'[\u00e0-\u00ff]+', 'caf\u00e9 na\u00efve')
show(r'(ab|a)(bc|c)?', 'abc')
show(r'a{2,3}?', 'aaaaa')
show(r'(?:a{2}){2,}', 'aaaaaaa')
show(r'(?s:.)\d', 'x\n1')
show(r'é+', 'ééxÉÉ', re.I)

# positions are code points in non-ASCII text
s = 'αβγ abc δεζ abc'
print([m.span() for m in re.finditer('abc', s)], re.search('δ', s).start())
print(re.sub('[α-ω]', lambda m: m.group().upper(), s))
print(re.split(r'\s', s, maxsplit=2))
print(re.compile('b').search(s, 5, 6), re.compile('b').search(s, 5, 7))

# bytes and bytearray
print(re.findall(rb'[a-c]+', b'xxabcxbca\xff\xe9'))
print(re.sub(rb'(a)(b)?', rb'[\2\1]', bytearray(b'abacab')))
print(re.match(rb'\w+', b'caf\xe9').group(), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.split(rb'\s+', b' a  b\tc '), re.subn(b'x*', b'-', b'abxd'))
print(re.fullmatch(b'a.c', bytearray(b'abc')).span())

# empty matches: the 3.7 rules
print(re.sub('x*', '-', 'abxd'), re.split(r'\b', 'a b'), re.findall(r'\b|:+', 'a::bc'))
print([m.span() for m in re.finditer(r'a|(?=b)|', 'abab')])

# many matches (the native scan works in batches)
text = ' '.join('w%d' % i for i in range(3000))
it = re.finditer(r'w(\d+)', text)
print(next(it).group(1), sum(1 for _ in it))
print(len(re.findall(r'\d', text)), re.sub(r'\d+', lambda m: m.group()[::-1], text)[-30:])
print(re.subn('w', 'W', text, count=1000)[1], len(re.split(' ', text, 17)))

# long subjects: repeats and backtracking without deep recursion
big = 'a' * 200000
print(re.match('(a|b)*', big).end(), re.match(r'(?:a|b)*?c', big + 'c').end())
print(re.fullmatch(r'(a+)+b?', big) is not None, re.search(r'a{5}$', big).start())
print(re.search('(?<=a)b', big + 'b').span(), len(re.findall('aa', big)))
print(re.match(r'((a)|b)*', 'ab' * 50000).span(), re.match(r'((a)|b)*', 'ab' * 3).groups())

# replacement templates
print(re.sub(r'(é)|(x)', r'[\1\2]', 'aéxb'), re.sub(r'(\w)(\d)?', r'\2\1', 'ab1ç2', count=3))
print(re.subn(rb'(a)|b', rb'<\1>', b'abab'), re.sub('', '-', 'ñu'), re.sub('a', r'\n', 'bab'))
print(re.sub(r'(?P<x>\d)', r'\g<x>\g<x>', '1a2'), re.subn('b', 'c', 'abb', -1))
print(re.split('b', 'abcb', -1), re.subn('b', 'c', 'abb', -2), re.sub('b', lambda m: 'x', 'abb', count=-1))

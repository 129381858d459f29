# Pattern errors found by lib/_test/re_fuzz.py: which error wins and where it points.
import re

PATTERNS = [
    # a variable-width look-behind is a compile-time error: parse errors come first
    r'(?<=a|bc)x{1,2',
    r'(?<=a|bc)a{3,1}',
    r'(?<=a|bc)(?P=nope)',
    r'(?<=a|bc)*',
    r'(?<=a|bc)\u12',
    r'(?<=a|bc)x',
    r'(?<!a|bc)(x)(?<=a+)',
    # a named reference to an open group points at the name
    r'(?P<g1>(?P=g1))',
    r'(?:(?P<g1>x(?P=g1)))',
    r'(?P<g1>a)(?P<g2>b(?P=g2))',
    r'(a(\2)(b))',
    r'(a\1)',
    r'(?P<n>x)(?P=m)',
]

for p in PATTERNS:
    for pat in (p, p.encode('latin-1') if p.isascii() else None):
        if pat is None:
            continue
        try:
            re.compile(pat)
            print(repr(pat), 'compiles')
        except re.error as e:
            print(repr(pat), 'error:', e, '| pos', e.pos, 'line', e.lineno, 'col', e.colno)

# ast.unparse: statements, expressions with precedence, strings and f-strings, patterns
import ast
SRC = [
    "x = a + b * (c - 1)\nif x:\n    print(x, sep='')",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    '''Doc string.'''\n    return a ** -b ** c",
    'class C(Base, metaclass=M):\n    x: int = 5\n    @property\n    def y(self): return (yield)\n',
    'for i, (j, k) in enumerate(z):\n    continue\nelse:\n    pass',
    'while not (a and b or c):\n    break',
    'try:\n    pass\nexcept (ValueError, TypeError) as e:\n    raise X from e\nelse:\n    y = 1\nfinally:\n    del a, b[0], c.d',
    'with open(p) as f, g() as (h, i):\n    async def co():\n        await x\n        async for q in r: yield q\n        async with s as t: pass',
    'lambda x, *y, z=1, **w: (x, y)',
    "f'{x!r:>{w}} and {y:.2f} {{literal}} {z=}'",
    'f"{\'a\' if b else \'c\'}\\n"',
    'a[1:2, ::3], a[:], a[i], d[k:=1]',
    '[x for x in y if x if not x] + {k: v for k, v in it} , {s for s in t}, (g for g in h)',
    "x = {**a, 'b': 1, **{}}; y = {*a, *b}; z = {}; w = set(); e = ()",
    "print(*args, **kwargs, sep='')",
    "match p:\n    case [1, *rest] if rest: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) | Point(1, 2): pass\n    case (a as b) | None: pass\n    case _: pass",
    "assert x, 'msg'\nglobal g\nimport os.path as osp, sys\nfrom . import a\nfrom ..m import (b as c)",
    'x += 1; y //= 2; z **= 3; a @= b',
    '(a := 10) + 1',
    '-x ** 2, (-x) ** 2, not a == b, ~(a | b) & c ^ d << 2 >> 1',
    '1 .real, 1.5e300 * 1e10, 1j, \'single "dq" quote\', "it\'s", \'both \\\' "\', b\'bytes\', ...',
    'if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    y = 2',
    "'''multi\nline'''",
    "x = 'tab\\there\\n'",
    '@dec\n@dec2(1)\ndef g(): pass\nx = 1\nclass K: pass',
    'a if b else c if d else e',
    '(yield x), (yield from y)',
    'x = yield',
    'a < b < c, a is not b, a not in b',
    '(a, b) = c = d',
    "x: 'List[int]'\n(y): int = 1",
    'def f(*, a): pass\ndef g(a, /): pass',
    '-(-1), +(-a), - - a, (-1) ** 2, 2 ** -1',
    'a.b.c(d)[e](f).g',
    'del (a), [b]',
    'try:\n    pass\nexcept* OSError:\n    raise\nexcept* (A, B) as eg:\n    pass',
    "x = '\\x00\\u200b\\\\' + f'{a}\\t'",
    'def h():\n    \'\'\'Doc with \\\\ and "quotes"\'\'\'\n    x = 1',
    "print(f'{x:{y}.{z}f}' f'{ {1: 2}[1] }')",
    "x = 1e309, -1e309j, float('nan')",
]
for src in SRC:
    try:
        tree = ast.parse(src)
        out = ast.unparse(tree)
    except Exception as e:
        out = "!! %s: %s" % (type(e).__name__, e)
    print(out)
    print("-" * 20)
print(ast.unparse(ast.parse("1, 2", mode="eval")), ast.unparse(ast.parse("x").body[0].value))

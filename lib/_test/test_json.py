"""json: dumps options and escaping, loads values and every error position."""
import random


def run(t):
    docs = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"a\nb"', '{1:2}', 'tru',
            '1 2', '[', '{', '{"a"', '-', '01', '1.', '1e', 'nul', '\ufeff1', '[1,2', '"\\ud800"', 'NaN', '-Infinity',
            '1.5e3', '-0', '["\\u00e9\\ud83d\\ude00"]', '{"a":{"b":[]}}', '  [ ]  ', '"\t"', '[1,', '{"a":1,',
            '"\\u12zz"', '"\\ud83d\\uzzzz"', '"\\ud83dx"', '"\\ud83d\\u0041"', '"\\', '"\\u004', '"\\u0041"', '1E+2',
            '1e-2', '-1.5E-3x', '0.5', '-', '--1', '[-]', '{"a":}', '{"a":1 "b":2}', '[true, false, null]',
            '{"a": [1, {"b": null}], "c": "d"}', 'Infinity', '[NaN]', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', 'true false',
            '123456789012345678901234567890', '1.0e400', '\n\n  [1,\n  x]', '{"a":1, "a":2}', '[1]  x', b'[1, 2]',
            b'\xef\xbb\xbf[3]', '[' * 20 + ']' * 20, 3, '"\x7f"']
    for d in docs:
        t.same('loads %r' % (d,), lambda m: m.loads(d))

    def err_attrs(m):
        try:
            m.loads('{\n  "a": tru\n}')
        except m.JSONDecodeError as e:
            return e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError)
    t.same('error attrs', err_attrs)

    objs = [{'a': [1, 2.5, None, True], 'b': {'c': 'é\u2028"\\\n\x01\x7f'}, 3: float('inf'), 1.5: 0, None: 1,
             False: 2}, [1, [2, {}], []], {'b': 1, 'a': []}, '😀', 1e16, -0.0, 10 ** 20, True, None, (1, 2),
            [], {}, 'plain', 1.1, float('nan'), {'k': (1, [2, (3,)])}, [{'x': ''}] * 2]
    for o in objs:
        t.same('dumps %r' % (o,), lambda m: m.dumps(o))
        t.same('dumps indent %r' % (o,), lambda m: m.dumps(o, indent=2))
        t.same('dumps indent0 %r' % (o,), lambda m: m.dumps(o, indent=0))
        t.same('dumps tab %r' % (o,), lambda m: m.dumps(o, indent='\t', separators=(',', ':')))
        t.same('dumps sep %r' % (o,), lambda m: m.dumps(o, indent=1, separators=(', ', ' = ')))
        t.same('dumps noascii %r' % (o,), lambda m: m.dumps(o, ensure_ascii=False))
        t.same('dumps sorted %r' % (o,), lambda m: m.dumps(o, sort_keys=True))
        t.same('roundtrip %r' % (o,), lambda m: m.loads(m.dumps(o)))
    for expr in ['m.dumps({(1,):2})', 'm.dumps(object())', 'm.dumps(float("nan"), allow_nan=False)',
                 'm.dumps({(1,): 2, "x": 1}, skipkeys=True)', 'm.dumps({2: 1, 1: 2}, sort_keys=True)',
                 'm.dumps({"a": 1, 2: 1}, sort_keys=True)', 'm.dumps(set(), default=sorted)',
                 'm.dumps({1, 3}, default=lambda o: sorted(o))', 'm.loads("[1.5]", parse_float=str)',
                 'm.loads("[1]", parse_int=float)', 'm.loads("[NaN]", parse_constant=str)',
                 'm.loads("{\\"a\\": 1, \\"b\\": 2}", object_pairs_hook=list)',
                 'm.loads("{\\"a\\": 1}", object_hook=lambda d: sorted(d))',
                 'm.loads("\\"a\\nb\\"", strict=False)', 'm.loads(None)', 'm.dumps("\\ud800")',
                 'm.dumps({"a": 1}, separators=(",", ":"))']:
        t.same(expr, lambda m: eval(expr))

    def circular(m):
        a = []
        a.append(a)
        return m.dumps(a)
    t.same('circular', circular)

    def circular_dict(m):
        a = {}
        a['x'] = [a]
        return m.dumps(a)
    t.same('circular dict', circular_dict)

    def encoder_subclass(m):
        class E(m.JSONEncoder):
            def default(self, o):
                if isinstance(o, complex):
                    return [o.real, o.imag]
                return super().default(o)
        return m.dumps([1j, 2], cls=E), E(indent=1).encode({'z': 3 + 4j})
    t.same('encoder subclass', encoder_subclass)

    def dump_load(m):
        import io
        buf = io.StringIO()
        m.dump({'a': [1, 2]}, buf, indent=1)
        text = buf.getvalue()
        return text, m.load(io.StringIO(text))
    t.same('dump/load', dump_load)

    rng = random.Random(3)

    def rand_value(depth=0):
        k = rng.randrange(8 if depth < 3 else 5)
        if k == 0:
            return rng.randrange(-10 ** 6, 10 ** 6)
        if k == 1:
            return rng.random() * 10 ** rng.randrange(-5, 20)
        if k == 2:
            return ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x300), 0x1F600])) for _ in range(rng.randrange(6)))
        if k == 3:
            return rng.choice([None, True, False])
        if k == 4:
            return -rng.random()
        if k == 5:
            return [rand_value(depth + 1) for _ in range(rng.randrange(4))]
        return {str(rng.randrange(100)): rand_value(depth + 1) for _ in range(rng.randrange(4))}
    for i in range(100):
        v = rand_value()
        t.same('random dumps %d' % i, lambda m: m.dumps(v))
        text = __import__('json').dumps(v, indent=rng.choice([None, 2]))
        t.same('random loads %d' % i, lambda m: m.loads(text))
        cut = text[:rng.randrange(len(text) + 1)]
        t.same('random truncated %d' % i, lambda m: m.loads(cut))

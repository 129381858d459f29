"""csv: reader state machine on random input under several dialects,
writer quoting, Dict classes, dialect validation, errors."""
import io
import random


def run(t):
    rng = random.Random(9)
    alphabet = 'ab ,;"\'\\\r\n\t1.5x'
    dialects = [{}, {'delimiter': ';'}, {'quotechar': "'"}, {'escapechar': '\\'}, {'doublequote': False},
                {'doublequote': False, 'escapechar': '\\'}, {'skipinitialspace': True}, {'strict': True},
                {'quoting': 3}, {'quoting': 3, 'escapechar': '\\'}, {'quoting': 2}, {'dialect': 'excel-tab'},
                {'dialect': 'unix'}]
    for i in range(1500):
        text = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
        kw = rng.choice(dialects)
        t.same('read %r %r' % (text, kw), lambda m: (list(m.reader(io.StringIO(text, newline=''), **kw))))
        t.same('read lines %r %r' % (text, kw), lambda m: list(m.reader(text.splitlines(True), **kw)))
    fields = ['a', '', 'b,c', 'd"e', "f'g", 'h\ni', 'j\rk', ' lead', 'trail ', 'x\\y', 'tab\there', None, 1, 2.5,
              True, 10 ** 20]
    for i in range(500):
        row = [rng.choice(fields) for _ in range(rng.randrange(0, 5))]
        kw = rng.choice(dialects[:-3] + [{'quoting': 1}, {'lineterminator': '\n'}, {'quoting': 2}])
        kw = {k: v for k, v in kw.items() if k not in ('strict', 'skipinitialspace')}

        def write(m, row=row, kw=kw):
            buf = io.StringIO()
            w = m.writer(buf, **kw)
            n = w.writerow(row)
            w.writerows([row, row[::-1]])
            return buf.getvalue(), n
        t.same('write %r %r' % (row, kw), write)

    def roundtrip(m):
        rng2 = random.Random(1)
        rows = [[rng2.choice(fields[:11]) or '' for _ in range(3)] for _ in range(20)]
        buf = io.StringIO()
        m.writer(buf).writerows(rows)
        return list(m.reader(io.StringIO(buf.getvalue(), newline=''))) == rows, buf.getvalue()
    t.same('roundtrip', roundtrip)

    def dicts(m):
        buf = io.StringIO()
        w = m.DictWriter(buf, ['name', 'age', 'city'], restval='?')
        w.writeheader()
        w.writerow({'name': 'Ann', 'age': 30})
        w.writerows([{'name': 'Bob, Jr.', 'city': 'X'}, {'age': 5}])
        text = buf.getvalue()
        r = m.DictReader(io.StringIO(text + 'extra,1,2,3,4\nshort\n\n'), restkey='more')
        rows = list(r)
        return text, rows, r.fieldnames, r.line_num
    t.same('DictReader/DictWriter', dicts)
    t.same('DictWriter extra', lambda m: m.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2}))
    t.same('DictWriter bad action', lambda m: m.DictWriter(io.StringIO(), ['a'], extrasaction='x'))
    t.same('DictReader given names', lambda m: list(m.DictReader(['1,2', '3'], fieldnames=['p', 'q'])))
    for expr in ['m.writer(io.StringIO(), delimiter="ab")', 'm.writer(io.StringIO(), quotechar=None).dialect.quotechar',
                 'm.writer(io.StringIO(), quoting=9)', 'm.writer(io.StringIO(), lineterminator=1)',
                 'm.writer(io.StringIO(), escapechar="ab")', 'm.get_dialect("nope")', 'm.reader(1)', 'm.writer(1)',
                 'list(m.reader([b"a"]))', 'm.writer(io.StringIO()).writerow(1)', 'm.list_dialects()',
                 'm.field_size_limit()', 'm.excel.delimiter', 'm.writer(io.StringIO(), delimiter="")',
                 'list(m.reader(["a,b\\x00c"]))', 'list(m.reader([\'"a"b,c\'], strict=True))',
                 'list(m.reader(["a\\rb,c"]))', 'list(m.reader([\'"abc\'], strict=True))', 'list(m.reader([\'"abc\']))',
                 'list(m.reader(["1,2.5,x"], quoting=m.QUOTE_NONNUMERIC))', 'm.writer(io.StringIO(), quoting=3).writerow([""])',
                 'm.writer(io.StringIO(), quoting=3).writerow([\'a"b\'])', '(m.QUOTE_MINIMAL, m.QUOTE_ALL, m.QUOTE_NONNUMERIC, m.QUOTE_NONE)',
                 'list(m.reader(["a,b"], bogus=1))']:
        t.same(expr, lambda m: eval(expr))

    def registry(m):
        m.register_dialect('pipes', delimiter='|', quoting=m.QUOTE_ALL)
        buf = io.StringIO()
        m.writer(buf, 'pipes').writerow(['a', 1])
        d = m.get_dialect('pipes')
        out = (buf.getvalue(), d.delimiter, d.quoting, 'pipes' in m.list_dialects())
        m.unregister_dialect('pipes')
        return out
    t.same('register_dialect', registry)

    def limit(m):
        old = m.field_size_limit(5)
        try:
            return list(m.reader(['abcdefgh']))
        finally:
            m.field_size_limit(old)
    t.same('field limit', limit)

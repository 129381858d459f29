"""string: constants, capwords, Template (substitute/safe/errors), Formatter."""


def run(t):
    for name in ('whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
                 'hexdigits', 'octdigits', 'punctuation', 'printable'):
        t.same(name, lambda m: getattr(m, name))
    for s in ['  hello   world  ', 'a-b c-d', "it's ok", '', 'ABC def', 'x\ty\nz']:
        t.same('capwords %r' % s, lambda m: (m.capwords(s), m.capwords(s, '-'), m.capwords(s, ' ')))
    templates = ['$who likes ${what} $$ $', '$a $b', '$1', 'x $', '${a', '$a', '$$', 'x\n$', 'a\n\nb $ c',
                 '$ab_c9 $_x', '${a}', '${a}b$a.c', '$ÿ', '${ b}', 'plain', '$a$b$$c', '$who$', '\r\n $!']
    maps = [{}, {'who': 1, 'what': 2, 'a': 'A', 'b': 'B', 'ab_c9': 9, '_x': 'x'}]
    for tmpl in templates:
        for mp in maps:
            t.same('sub %r %r' % (tmpl, mp), lambda m: m.Template(tmpl).substitute(mp))
            t.same('safe %r %r' % (tmpl, mp), lambda m: m.Template(tmpl).safe_substitute(mp))
            t.same('kw %r' % tmpl, lambda m: m.Template(tmpl).safe_substitute(mp, a='kw'))
        t.same('valid %r' % tmpl, lambda m: m.Template(tmpl).is_valid())
        t.same('ids %r' % tmpl, lambda m: m.Template(tmpl).get_identifiers())

    def custom(m):
        class T(m.Template):
            delimiter = '%'
        return T('%a %% $b %{a}').substitute(a=1)
    t.same('custom delimiter', custom)
    for fmt, args, kw in [('{0} {x!r:>5}', (1,), {'x': 'a'}), ('{} {}', (1, 2), {}), ('{{}} {0[1]}', ([5, 6],), {}),
                          ('{0:{1}}', (3.14159, '.2f'), {}), ('{a.real}', (), {'a': 3}), ('{0} {}', (1, 2), {}),
                          ('}', (), {}), ('{', (), {}), ('{0!x}', (1,), {}), ('{:>{}}', ('a', 4), {})]:
        t.same('Formatter %r' % fmt, lambda m: m.Formatter().format(fmt, *args, **kw))
        t.same('parse %r' % fmt, lambda m: list(m.Formatter().parse(fmt)))

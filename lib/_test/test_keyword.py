"""keyword: the keyword lists and predicates."""


def run(t):
    t.same('kwlist', lambda m: m.kwlist)
    t.same('softkwlist', lambda m: m.softkwlist)
    for w in ['if', 'match', 'case', '_', 'print', 'None', 'async', 'True', 'type', '', 'IF']:
        t.same('iskeyword %r' % w, lambda m: m.iskeyword(w))
        t.same('issoftkeyword %r' % w, lambda m: m.issoftkeyword(w))
    t.same('unhashable', lambda m: m.iskeyword([]))

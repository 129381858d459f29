"""The ElementTree path language (the XPath subset of CPython's ElementPath):
find, findall, iterfind and findtext over elements."""

import re

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])"
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def xpath_tokenizer(pattern, namespaces=None):
    default_namespace = namespaces.get('') if namespaces else None
    parsing_attribute = False
    for m in _TOKEN.finditer(pattern):
        ttype, tag = m.group(1) or '', m.group(2) or ''
        if not ttype and not tag:
            continue
        if tag and tag[0] != '{':
            if ':' in tag:
                prefix, uri = tag.split(':', 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield ttype, '{%s}%s' % (namespaces[prefix], uri)
                except KeyError:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix) from None
            elif default_namespace and not parsing_attribute:
                yield ttype, '{%s}%s' % (default_namespace, tag)
            else:
                yield ttype, tag
            parsing_attribute = False
        else:
            yield ttype, tag
            parsing_attribute = ttype == '@'


def _tag_matcher(tag):
    if tag == '*':
        return None
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        brace = '}' + local
        return lambda t: t == local or (isinstance(t, str) and t.endswith(brace) and t[:1] == '{')
    if tag[-2:] == '}*':
        ns = tag[:-1]
        n = len(ns)
        return lambda t: isinstance(t, str) and t[:n] == ns
    return tag


def _parent_map(root):
    pm = {}
    for p in root.iter():
        for e in p:
            pm[e] = p
    return pm


class _Context:
    __slots__ = ('root', 'parents')

    def __init__(self, root):
        self.root = root
        self.parents = None


def _prepare_child(token):
    tag = token[1]
    m = _tag_matcher(tag)
    if m is None:
        def select(ctx, result):
            for elem in result:
                yield from elem
    elif isinstance(m, str):
        def select(ctx, result):
            for elem in result:
                for e in elem:
                    if e.tag == m:
                        yield e
    else:
        def select(ctx, result):
            for elem in result:
                for e in elem:
                    if m(e.tag):
                        yield e
    return select


def _prepare_descendant(token):
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError('invalid descendant')
    m = _tag_matcher(tag)
    if m is None or isinstance(m, str):
        def select(ctx, result):
            for elem in result:
                for e in elem.iter(m):
                    if e is not elem:
                        yield e
    else:
        def select(ctx, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and m(e.tag):
                        yield e
    return select


def _select_self(ctx, result):
    yield from result


def _select_parent(ctx, result):
    if ctx.parents is None:
        ctx.parents = _parent_map(ctx.root)
    pm = ctx.parents
    seen = set()
    for elem in result:
        p = pm.get(elem)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            yield p


def _prepare_predicate(tokens):
    # tokens: list of (type, tag) inside [ ]
    sig = ''
    vals = []
    for t in tokens:
        ttype, tag = t
        if ttype and ttype[0] in '\'"':
            sig += "'"
            vals.append(ttype[1:-1])
        elif tag:
            sig += '-'
            vals.append(tag)
        else:
            sig += ttype
            vals.append(ttype)
    if sig == '@-':
        key = vals[1]

        def select(ctx, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if sig in ("@-='", "@-!='"):
        key, value = vals[1], vals[-1]
        if sig == "@-='":
            def select(ctx, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(ctx, result):
                for elem in result:
                    if elem.get(key) != value:
                        yield elem
        return select
    if sig == '-' and not re.match(r'-?\d+$', vals[0]):
        tag = vals[0]

        def select(ctx, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select
    if sig in (".='", ".!='", "-='", "-!='") and not re.match(r'-?\d+$', vals[0]):
        tag = vals[0] if sig[0] == '-' else None
        value = vals[-1]
        neg = '!' in sig

        def select(ctx, result):
            for elem in result:
                if tag is None:
                    ok = ''.join(elem.itertext()) == value
                else:
                    ok = any(''.join(e.itertext()) == value for e in elem.findall(tag))
                if ok != neg:
                    yield elem
        return select
    if sig in ('-', '-()', '-()-'):
        if sig == '-':
            index = int(vals[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if vals[0] != 'last':
                raise SyntaxError('unsupported function')
            if sig == '-()-':
                try:
                    index = int(vals[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be negative')
            else:
                index = -1

        def select(ctx, result):
            if ctx.parents is None:
                ctx.parents = _parent_map(ctx.root)
            pm = ctx.parents
            for elem in result:
                p = pm.get(elem)
                if p is None:
                    continue
                try:
                    elems = list(p.findall(elem.tag))
                    if elems[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select
    raise SyntaxError('invalid predicate')


_cache = {}


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    sel = _cache.get(key)
    if sel is not None:
        return sel
    if path[-1:] == '/':
        path = path + '*'
    tokens = list(xpath_tokenizer(path, namespaces))
    sel = []
    k = 0
    n = len(tokens)
    if n and tokens[0][0] == '/':
        raise SyntaxError('cannot use absolute path on element')
    while k < n:
        ttype, tag = tokens[k]
        k += 1
        if ttype == '/':
            continue
        if ttype == '//':
            if k >= n:
                raise SyntaxError('invalid path')
            sel.append(_prepare_descendant(tokens[k]))
            k += 1
        elif ttype == '.':
            sel.append(_select_self)
        elif ttype == '..':
            sel.append(_select_parent)
        elif ttype == '*' or (not ttype and tag):
            sel.append(_prepare_child(('', '*' if ttype == '*' else tag)))
        elif ttype == '[':
            inner = []
            while k < n and tokens[k][0] != ']':
                inner.append(tokens[k])
                k += 1
            if k >= n:
                raise SyntaxError('invalid path')
            k += 1
            sel.append(_prepare_predicate(inner))
        elif ttype == '{' or ttype == '':
            raise SyntaxError('invalid path')
        else:
            raise SyntaxError('invalid path')
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = sel
    return sel


def iterfind(elem, path, namespaces=None):
    sel = _compile(path, namespaces)
    ctx = _Context(elem)
    result = iter((elem,))
    for s in sel:
        result = s(ctx, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
        if elem.text is None:
            return ''
        return elem.text
    except StopIteration:
        return default

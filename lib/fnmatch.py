"""Shell-style wildcard matching: `*`, `?`, `[seq]`, `[!seq]` (CPython 3.11's API).

fnmatch/fnmatchcase/filter match directly (no regular expression); translate() gives
an equivalent regular expression for programs that want one.
"""

import os


def _normcase(s):
    # POSIX: names are compared as they are (os.path.normcase is the identity).
    return os.fspath(s) if hasattr(os, 'fspath') else s

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _parse(pat):
    """The pattern as a list of items: ('*',), ('?',), ('lit', ch), ('set', neg, ranges)."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1][0] != '*':
                items.append(('*',))
        elif c == '?':
            items.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            neg = body.startswith('!')
            if neg:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            items.append(('set', neg, ranges))
        else:
            items.append(('lit', c))
    return items


_cache = {}


def _compiled(pat):
    items = _cache.get(pat)
    if items is None:
        if len(_cache) >= 32768:
            _cache.clear()
        items = _cache[pat] = _parse(pat)
    return items


def _one(item, ch):
    kind = item[0]
    if kind == '?':
        return True
    if kind == 'lit':
        return item[1] == ch
    inside = False
    for lo, hi in item[2]:
        if lo <= ch <= hi:
            inside = True
            break
    return inside != item[1]


def _match(items, name):
    # Iterative wildcard matching with backtracking to the last star.
    i = j = 0
    star_i = star_j = -1
    n_items, n = len(items), len(name)
    while j < n:
        if i < n_items and items[i][0] == '*':
            star_i, star_j = i, j
            i += 1
        elif i < n_items and _one(items[i], name[j]):
            i += 1
            j += 1
        elif star_i >= 0:
            star_j += 1
            j = star_j
            i = star_i + 1
        else:
            return False
    while i < n_items and items[i][0] == '*':
        i += 1
    return i == n_items


def fnmatch(name, pat):
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    items = _compiled(_normcase(pat))
    return [name for name in names if _match(items, _normcase(name))]


def fnmatchcase(name, pat):
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("cannot use a bytes pattern on a string-like object")
    if isinstance(pat, bytes):
        return _match(_compiled(pat.decode('latin-1')), name.decode('latin-1'))
    return _match(_compiled(pat), name)


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def translate(pat):
    out = []
    for item in _parse(pat):
        kind = item[0]
        if kind == '*':
            out.append('.*')
        elif kind == '?':
            out.append('.')
        elif kind == 'lit':
            out.append(_escape(item[1]))
        else:
            neg, ranges = item[1], item[2]
            ranges = [(lo, hi) for lo, hi in ranges if lo <= hi]
            if not ranges:
                out.append('.' if neg else '(?!)')
                continue
            body = ''.join(_escape(lo) if lo == hi else _escape(lo) + '-' + _escape(hi)
                           for lo, hi in ranges)
            out.append('[' + ('^' if neg else '') + body + ']')
    return '(?s:' + ''.join(out) + ')\\Z'

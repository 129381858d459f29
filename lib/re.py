"""re: regular expressions with the semantics of CPython 3.11's `re` module.

Written in-house: a parser for the full pattern syntax builds a tree, the tree
is compiled once into a flat instruction list, and an iterative backtracking
machine (an explicit stack of choice points and capture restores, never Python
recursion except one level per lookaround/atomic group) runs it.
Bytes patterns are parsed as latin-1 text with ASCII classes. Under coil the
instruction list is handed to the native module _coil_re (its matcher runs
over str and bytes subjects directly); elsewhere _run interprets it.
"""

import builtins as _builtins
import sys as _sys

try:
    # coil's native matcher (crates/vm/src/modules/sre): runs the compiled
    # instruction list; absent under CPython, where _run below does the work
    import _coil_re as _native
except ImportError:
    _native = None

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'template', 'escape', 'error',
           'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
           'NOFLAG', 'RegexFlag', 'Scanner']

__version__ = '2.2.1'
MAXREPEAT = 4294967295
MAXGROUPS = 2147483647


_FLAG_NAMES = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4),
               ('UNICODE', 32), ('MULTILINE', 8), ('DOTALL', 16),
               ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))


class RegexFlag(int):
    """The flag values, an int subclass with enum-style reprs (coil's re does
    not build this on enum.IntFlag: isinstance(re.I, enum.Flag) is False)."""

    __slots__ = ()

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        out = []
        for n, b in _FLAG_NAMES:
            if v & b:
                out.append(n)
                v &= ~b
        if v:
            return None
        return '|'.join(out)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        out = []
        for n, b in _FLAG_NAMES:
            if v & b:
                out.append('re.' + n)
                v &= ~b
        if v:
            out.append('0x%x' % v)
        return '|'.join(out)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


RegexFlag.__module__ = 're'
for _n, _b in _FLAG_NAMES + (('NOFLAG', 0),):
    setattr(RegexFlag, _n, RegexFlag(_b))
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_I, _L, _M, _S, _U, _X, _A = 2, 4, 8, 16, 32, 64, 256

_BYTESLIKE = [bytes]
for _name in ('bytearray', 'memoryview'):    # coil may lack them
    if hasattr(_builtins, _name):
        _BYTESLIKE.append(getattr(_builtins, _name))
_BYTESLIKE = tuple(_BYTESLIKE)


class error(Exception):
    """Raised for an invalid pattern or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n'
            if not isinstance(pattern, str):
                pattern = _b2s(pattern)
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error

# ---------------------------------------------------------------- characters

_ASCII_SPACE = ' \t\n\r\f\v'
_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ASCII_WORD = frozenset(_ASCII_LETTERS + _DIGITS + '_')


def _is_word(ch, ascii):
    if ascii:
        return ch in _ASCII_WORD
    return ch == '_' or ch.isalnum()


def _cat_test(cat, ch, ascii):
    """Does ch belong to category d/w/s (upper case: negated)?"""
    c = cat.lower()
    if c == 'd':
        r = ('0' <= ch <= '9') if ascii else ch.isdecimal()
    elif c == 'w':
        r = _is_word(ch, ascii)
    else:
        r = (ch in _ASCII_SPACE) if ascii else (
            ch.isspace() or ch in '\x1c\x1d\x1e\x1f\x85')
    return r != (c != cat)


def _case_variants(ch, ascii):
    """The characters equal to ch ignoring case (single characters only)."""
    if ascii and ord(ch) > 127:
        return {ch}
    out = {ch}
    for v in (ch.lower(), ch.upper(), ch.upper().lower(), ch.lower().upper()):
        if len(v) == 1 and (not ascii or ord(v) < 128):
            out.add(v)
    return out


class _CharSet:
    """A character class. Answers are memoised in two sets, `yes` and `no`,
    so hot loops test `ch in yes` and call `test` only for characters not
    seen before."""
    __slots__ = ('neg', 'chars', 'ranges', 'cats', 'icase', 'ascii', 'yes', 'no')

    def __init__(self, neg, chars, ranges, cats, icase, ascii):
        self.neg = neg
        self.chars = frozenset(chars)
        self.ranges = ranges
        self.cats = cats
        self.icase = icase
        self.ascii = ascii
        self.yes = set()
        self.no = set()

    def _raw(self, ch):
        if ch in self.chars:
            return True
        o = ord(ch)
        for lo, hi in self.ranges:
            if lo <= o <= hi:
                return True
        for cat in self.cats:
            if _cat_test(cat, ch, self.ascii):
                return True
        return False

    def test(self, ch):
        if ch in self.yes:
            return True
        if ch in self.no:
            return False
        r = self._raw(ch)
        if not r and self.icase:
            for v in _case_variants(ch, self.ascii):
                if v != ch and self._raw(v):
                    r = True
                    break
        r = r != self.neg
        if r:
            self.yes.add(ch)
        else:
            self.no.add(ch)
        return r


class _AnyOf:
    """The union of character sets (first characters of alternatives)."""

    def __init__(self, subs):
        self.subs = subs
        self.yes = set()
        self.no = set()

    def test(self, ch):
        r = False
        for sub in self.subs:
            if sub.test(ch):
                r = True
                break
        (self.yes if r else self.no).add(ch)
        return r


# ---------------------------------------------------------------- parser
# Tree nodes are tuples:
#   ('lit', ch) ('set', _CharSet) ('any',) ('anyall',) ('at', kind)
#   ('seq', [nodes]) ('alt', [nodes]) ('group', index, node)
#   ('rep', min, max, mode, node)  mode: 0 greedy, 1 lazy, 2 possessive
#   ('ref', index, icase) ('look', behind, neg, node, width) ('atomic', node)
#   ('cond', index, yes, no)

_REPEAT_CHARS = '*+?{'
_SPECIAL = '.\\[{()*+?^$|'
_FLAGCHARS = {'i': _I, 'L': _L, 'm': _M, 's': _S, 'x': _X, 'a': _A, 'u': _U}


class _State:
    def __init__(self, pattern, orig, flags, isbytes):
        self.p = pattern
        self.orig = orig
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.isbytes = isbytes
        self.groups = 1
        self.names = {}
        self.open = []
        self.lookbehind_groups = None
        self.grouprefpos = {}
        self.badlookbehind = False
        self.first = True

    def err(self, msg, pos):
        return error(msg, self.orig, pos)


def _parse(pattern, orig, flags, isbytes):
    st = _State(pattern, orig, flags, isbytes)
    node = _parse_alt(st, flags, True, 0)
    if st.i < st.n:
        assert pattern[st.i] == ')'
        raise st.err('unbalanced parenthesis', st.i)
    for gid, pos in st.grouprefpos.items():
        if gid >= st.groups:
            raise st.err('invalid group reference %d' % gid, pos)
    if st.badlookbehind:
        raise st.err('look-behind requires fixed-width pattern', None)
    return st, node


def _parse_alt(st, flags, top, depth):
    st.first = top
    alts = [_parse_seq(st, flags, top, depth)]
    st.first = False
    while st.i < st.n and st.p[st.i] == '|':
        st.i += 1
        alts.append(_parse_seq(st, st.flags if top else flags, top, depth))
    if len(alts) == 1:
        return alts[0]
    return ('alt', alts)


def _skip_verbose(st):
    p = st.p
    while st.i < st.n:
        c = p[st.i]
        if c in ' \t\n\r\f\v':
            st.i += 1
        elif c == '#':
            while st.i < st.n and p[st.i] != '\n':
                st.i += 1
        else:
            break


def _ascii_mode(st, flags):
    return st.isbytes or bool(flags & _A)


_ICASE_SETS = {}


def _lit(st, ch, flags):
    if flags & _I:
        ascii = _ascii_mode(st, flags)
        key = (ch, ascii)
        cs = _ICASE_SETS.get(key)
        if cs is None:
            vs = _case_variants(ch, ascii)
            if len(vs) == 1:
                return ('lit', ch)
            cs = _CharSet(False, vs, [], [], True, ascii)
            if len(_ICASE_SETS) < 1000:
                _ICASE_SETS[key] = cs
        return ('set', cs)
    return ('lit', ch)


def _parse_seq(st, flags, top, depth):
    items = []
    p = st.p
    while True:
        if flags & _X:
            _skip_verbose(st)
        if st.i >= st.n:
            break
        start = st.i
        c = p[st.i]
        if c == '|' or c == ')':
            break
        st.i += 1
        if c in _REPEAT_CHARS:
            if c == '{':
                rng = _parse_brace(st, start)
                if rng is None:
                    items.append(_lit(st, '{', flags))
                    continue
                lo, hi = rng
            elif c == '*':
                lo, hi = 0, MAXREPEAT
            elif c == '+':
                lo, hi = 1, MAXREPEAT
            else:
                lo, hi = 0, 1
            if not items or items[-1][0] == 'at':
                raise st.err('nothing to repeat', start)
            if items[-1][0] == 'rep':
                raise st.err('multiple repeat', start)
            mode = 0
            if st.i < st.n and p[st.i] == '?':
                st.i += 1
                mode = 1
            elif st.i < st.n and p[st.i] == '+':
                st.i += 1
                mode = 2
            items[-1] = ('rep', lo, hi, mode, items[-1])
            continue
        if c == '.':
            items.append(('anyall',) if flags & _S else ('any',))
        elif c == '^':
            items.append(('at', 'bol_m' if flags & _M else 'bos'))
        elif c == '$':
            items.append(('at', 'eol_m' if flags & _M else 'eol'))
        elif c == '[':
            items.append(_parse_class(st, flags, start))
        elif c == '\\':
            items.append(_parse_escape(st, flags, start))
        elif c == '(':
            first = st.first
            node = _parse_group(st, flags, start, depth, items)
            st.first = first
            if node is None:
                continue
            if node[0] == 'globalflags':
                flags |= node[1]
                if node[1] & (_A | _U | _L):
                    flags = (flags & ~(_A | _U | _L)) | (node[1] & (_A | _U | _L))
                continue
            items.append(node)
        elif flags & _I:
            items.append(_lit(st, c, flags))
        else:
            items.append(('lit', c))
    if len(items) == 1:
        return items[0]
    return ('seq', items)


def _parse_brace(st, start):
    """After '{': parse 'm,n}'; None (and no input consumed) if not a repeat."""
    p = st.p
    i = st.i
    j = i
    while j < st.n and p[j] in _DIGITS:
        j += 1
    lo_s = p[i:j]
    hi_s = lo_s
    if j < st.n and p[j] == ',':
        k = j + 1
        while k < st.n and p[k] in _DIGITS:
            k += 1
        hi_s = p[j + 1:k]
        j = k
    else:
        if not lo_s:
            return None
    if j >= st.n or p[j] != '}':
        return None
    lo = int(lo_s) if lo_s else 0
    hi = int(hi_s) if hi_s else MAXREPEAT
    if lo >= MAXREPEAT:
        raise OverflowError('the repetition number is too large')
    if hi_s and hi >= MAXREPEAT:
        raise OverflowError('the repetition number is too large')
    if hi < lo:
        raise st.err('min repeat greater than max repeat', i)
    st.i = j + 1
    return lo, hi


def _parse_name(st, term, start_pos):
    p = st.p
    j = p.find(term, st.i)
    if j < 0:
        if st.i >= st.n:
            raise st.err('missing group name', st.i)
        raise st.err('missing %s, unterminated name' % term, st.i)
    name = p[st.i:j]
    if not name:
        raise st.err('missing group name', st.i)
    pos = st.i
    st.i = j + 1
    return name, pos


def _check_name(st, name, pos):
    if not name.isidentifier():
        raise st.err('bad character in group name %r' % name, pos)
    if st.isbytes and not name.isascii():
        raise st.err('bad character in group name %r' % name, pos)


def _group_ref(st, name, pos, allow_num):
    if name.isdecimal() if allow_num else False:
        if not name.isascii():
            raise st.err('bad character in group name %r' % name, pos)
        gid = int(name)
        if gid >= MAXGROUPS:
            raise st.err('invalid group reference %d' % gid, pos + 1)
        return gid
    _check_name(st, name, pos)
    gid = st.names.get(name)
    if gid is None:
        raise st.err('unknown group name %r' % name, pos)
    return gid


def _parse_group(st, flags, start, depth, items):
    p = st.p
    if st.i < st.n and p[st.i] == '?':
        st.i += 1
        if st.i >= st.n:
            raise st.err('unexpected end of pattern', st.i)
        c = p[st.i]
        st.i += 1
        if c == ':':
            return _finish_group(st, flags, start, depth, None)
        if c == 'P':
            if st.i < st.n and p[st.i] == '<':
                st.i += 1
                name, pos = _parse_name(st, '>', start)
                _check_name(st, name, pos)
                gid = st.groups
                if name in st.names:
                    raise st.err('redefinition of group name %r as group %d; '
                                 'was group %d' % (name, gid, st.names[name]), pos)
                st.names[name] = gid
                return _finish_group(st, flags, start, depth, gid)
            if st.i < st.n and p[st.i] == '=':
                st.i += 1
                name, pos = _parse_name(st, ')', start)
                _check_name(st, name, pos)
                gid = st.names.get(name)
                if gid is None:
                    raise st.err('unknown group name %r' % name, pos)
                if gid in st.open:
                    raise st.err('cannot refer to an open group', pos)
                return ('ref', gid, bool(flags & _I), _ascii_mode(st, flags))
            if st.i >= st.n:
                raise st.err('unexpected end of pattern', st.i)
            raise st.err('unknown extension ?P' + p[st.i], start + 1)
        if c == '#':
            j = p.find(')', st.i)
            if j < 0:
                raise st.err('missing ), unterminated comment', start)
            st.i = j + 1
            return None
        if c in '=!':
            node = _parse_alt(st, flags, False, depth + 1)
            _close(st, start)
            return ('look', False, c == '!', node, 0)
        if c == '<':
            if st.i >= st.n:
                raise st.err('unexpected end of pattern', st.i)
            d = p[st.i]
            if d not in '=!':
                raise st.err('unknown extension ?<' + d, start + 1)
            st.i += 1
            node = _parse_alt(st, flags, False, depth + 1)
            _close(st, start)
            lo, hi = _width(node)
            if lo != hi:
                # CPython finds this when compiling, after the whole parse
                st.badlookbehind = True
            return ('look', True, d == '!', node, lo)
        if c == '>':
            node = _parse_alt(st, flags, False, depth + 1)
            _close(st, start)
            return ('atomic', node)
        if c == '(':
            j = p.find(')', st.i)
            if j < 0:
                raise st.err('missing ), unterminated name', st.i)
            name = p[st.i:j]
            pos = st.i
            if not name:
                raise st.err('missing group name', st.i)
            st.i = j + 1
            if name.isdecimal():
                if not name.isascii():
                    raise st.err('bad character in group name %r' % name, pos)
                gid = int(name)
                if gid == 0:
                    raise st.err('bad group number', pos)
                if gid >= MAXGROUPS:
                    raise st.err('invalid group reference %d' % gid, pos)
                if gid not in st.grouprefpos:
                    st.grouprefpos[gid] = pos
            else:
                if not name.isidentifier():
                    raise st.err('bad character in group name %r' % name, pos)
                gid = st.names.get(name)
                if gid is None:
                    raise st.err('unknown group name %r' % name, pos)
            yes = _parse_seq(st, flags, False, depth + 1)
            no = None
            if st.i < st.n and p[st.i] == '|':
                st.i += 1
                no = _parse_seq(st, flags, False, depth + 1)
                if st.i < st.n and p[st.i] == '|':
                    raise st.err('conditional backref with more than two branches', st.i)
            if st.i >= st.n:
                raise st.err('missing ), unterminated subpattern', start)
            st.i += 1
            return ('cond', gid, yes, no)
        if c in _FLAGCHARS or c == '-':
            st.i -= 1
            return _parse_flags(st, flags, start, depth, items)
        raise st.err('unknown extension ?' + c, start + 1)
    gid = st.groups
    return _finish_group(st, flags, start, depth, gid)


def _close(st, start):
    if st.i >= st.n or st.p[st.i] != ')':
        raise st.err('missing ), unterminated subpattern', start)
    st.i += 1


def _finish_group(st, flags, start, depth, gid):
    if gid is not None:
        st.groups += 1
        st.open.append(gid)
    node = _parse_alt(st, flags, False, depth + 1)
    _close(st, start)
    if gid is not None:
        st.open.remove(gid)
        return ('group', gid, node)
    return ('seq', [node])


def _parse_flags(st, flags, start, depth, items):
    p = st.p
    add = 0
    c = p[st.i]
    while c in _FLAGCHARS:
        f = _FLAGCHARS[c]
        if st.isbytes and c == 'u':
            raise st.err('bad inline flags: cannot use \'u\' flag with a bytes pattern', st.i + 1)
        if not st.isbytes and c == 'L':
            raise st.err('bad inline flags: cannot use \'L\' flag with a str pattern', st.i + 1)
        add |= f
        if (add & (_A | _U | _L)) not in (0, _A, _U, _L):
            raise st.err('bad inline flags: flags \'a\', \'u\' and \'L\' are incompatible', st.i + 1)
        st.i += 1
        if st.i >= st.n:
            raise st.err('missing -, : or )', st.i)
        c = p[st.i]
    if c == ')':
        st.i += 1
        if not (depth == 0 and st.first and not items):
            raise st.err('global flags not at the start of the expression', start)
        st.flags |= add
        return ('globalflags', add)
    sub = 0
    if c == '-':
        st.i += 1
        if st.i >= st.n:
            raise st.err('missing flag', st.i)
        c = p[st.i]
        while c in _FLAGCHARS:
            if c in 'aLu':
                raise st.err('bad inline flags: cannot turn off flags \'a\', \'u\' and \'L\'', st.i + 1)
            sub |= _FLAGCHARS[c]
            st.i += 1
            if st.i >= st.n:
                raise st.err('missing :', st.i)
            c = p[st.i]
        if not sub:
            if c.isalpha():
                raise st.err('unknown flag', st.i)
            raise st.err('missing flag', st.i)
        if c != ':':
            if c.isalpha():
                raise st.err('unknown flag', st.i)
            raise st.err('missing :', st.i)
        if sub & add:
            raise st.err('bad inline flags: flag turned on and off', st.i)
    if c != ':':
        if c.isalpha():
            raise st.err('unknown flag', st.i)
        raise st.err('missing -, : or )', st.i)
    st.i += 1
    newflags = (flags | add) & ~sub
    if add & (_A | _U | _L):
        newflags = (newflags & ~(_A | _U | _L)) | (add & (_A | _U | _L))
    node = _parse_alt(st, newflags, False, depth + 1)
    _close(st, start)
    return ('seq', [node])


def _unicode_escape(st, start, c, in_class):
    p = st.p
    n = {'x': 2, 'u': 4, 'U': 8}[c]
    digits = p[st.i:st.i + n]
    if len(digits) < n or any(d not in _HEX for d in digits):
        raise st.err('incomplete escape \\%s%s' % (c, _hex_prefix(digits)), start)
    st.i += n
    v = int(digits, 16)
    if c == 'U' and v > 0x10FFFF:
        raise st.err('bad escape \\%s%s' % (c, digits), start)
    return chr(v)


def _hex_prefix(digits):
    out = ''
    for d in digits:
        if d not in _HEX:
            break
        out += d
    return out


def _octal_tail(st, start, first):
    """An octal escape whose first digit is consumed; up to 3 digits."""
    p = st.p
    s = first
    while len(s) < 3 and st.i < st.n and p[st.i] in _OCT:
        s += p[st.i]
        st.i += 1
    v = int(s, 8)
    if v > 0o377:
        raise st.err('octal escape value \\%s outside of range 0-0o377' % s, start)
    return chr(v)


_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t', 'v': '\v', '\\': '\\'}


def _class_escape(st, flags, start):
    """An escape inside [...]: returns ('ch', c) or ('cat', letter)."""
    p = st.p
    if st.i >= st.n:
        raise st.err('bad escape (end of pattern)', start)
    c = p[st.i]
    st.i += 1
    if c in 'dDwWsS':
        return ('cat', c)
    if c in _SIMPLE_ESCAPES:
        return ('ch', _SIMPLE_ESCAPES[c])
    if c == 'x' or (c in 'uU' and not st.isbytes):
        return ('ch', _unicode_escape(st, start, c, True))
    if c == 'N' and not st.isbytes:
        return ('ch', _named_escape(st, start))
    if c in _OCT:
        return ('ch', _octal_tail(st, start, c))
    if c in _DIGITS:
        raise st.err('bad escape \\%s' % c, start)
    if c.isascii() and c.isalpha():
        raise st.err('bad escape \\%s' % c, start)
    return ('ch', c)


def _named_escape(st, start):
    p = st.p
    if st.i >= st.n or p[st.i] != '{':
        raise st.err('missing {', st.i)
    j = p.find('}', st.i + 1)
    if j < 0:
        raise st.err('missing }, unterminated name', st.i + 1)
    name = p[st.i + 1:j]
    if not name:
        raise st.err('missing character name', st.i + 1)
    try:
        import unicodedata
        ch = unicodedata.lookup(name)
    except Exception:
        raise st.err('undefined character name %r' % name, start) from None
    st.i = j + 1
    return ch


def _parse_escape(st, flags, start):
    p = st.p
    if st.i >= st.n:
        raise st.err('bad escape (end of pattern)', start)
    c = p[st.i]
    st.i += 1
    ascii = _ascii_mode(st, flags)
    if c == 'A':
        return ('at', 'bos')
    if c == 'Z':
        return ('at', 'eos')
    if c == 'b':
        return ('at', 'b_a' if ascii else 'b')
    if c == 'B':
        return ('at', 'B_a' if ascii else 'B')
    if c in 'dDwWsS':
        return ('set', _CharSet(False, (), [], [c], False, ascii))
    if c in _SIMPLE_ESCAPES and c != 'b':
        return _lit(st, _SIMPLE_ESCAPES[c], flags)
    if c == 'x' or (c in 'uU' and not st.isbytes):
        return _lit(st, _unicode_escape(st, start, c, False), flags)
    if c == 'N' and not st.isbytes:
        return _lit(st, _named_escape(st, start), flags)
    if c == '0':
        return _lit(st, _octal_tail(st, start, '0'), flags)
    if c in _DIGITS:
        # octal if three octal digits, else a group reference
        if (c in _OCT and st.i + 1 < st.n and p[st.i] in _OCT
                and p[st.i + 1] in _OCT):
            s = c + p[st.i] + p[st.i + 1]
            st.i += 2
            v = int(s, 8)
            if v > 0o377:
                raise st.err('octal escape value \\%s outside of range 0-0o377' % s, start)
            return _lit(st, chr(v), flags)
        s = c
        if st.i < st.n and p[st.i] in _DIGITS:
            s += p[st.i]
            st.i += 1
        gid = int(s)
        if gid >= st.groups:
            raise st.err('invalid group reference %d' % gid, start + 1)
        if gid in st.open:
            raise st.err('cannot refer to an open group', start)
        return ('ref', gid, bool(flags & _I), ascii)
    if c.isascii() and c.isalpha():
        raise st.err('bad escape \\%s' % c, start)
    return _lit(st, c, flags)


def _parse_class(st, flags, start):
    p = st.p
    neg = False
    if st.i < st.n and p[st.i] == '^':
        neg = True
        st.i += 1
    chars = set()
    ranges = []
    cats = []
    first = True
    while True:
        if st.i >= st.n:
            raise st.err('unterminated character set', start)
        c = p[st.i]
        if c == ']' and not first:
            st.i += 1
            break
        first = False
        istart = st.i
        st.i += 1
        if c == '\\':
            item = _class_escape(st, flags, istart)
        else:
            item = ('ch', c)
        if st.i + 1 < st.n and p[st.i] == '-' and p[st.i + 1] != ']':
            st.i += 1
            hstart = st.i
            d = p[st.i]
            st.i += 1
            if d == '\\':
                hi = _class_escape(st, flags, hstart)
            else:
                hi = ('ch', d)
            if item[0] == 'cat' or hi[0] == 'cat':
                raise st.err('bad character range %s' % p[istart:st.i], istart)
            lo_c, hi_c = item[1], hi[1]
            if ord(lo_c) > ord(hi_c):
                raise st.err('bad character range %s' % p[istart:st.i], istart)
            ranges.append((ord(lo_c), ord(hi_c)))
        elif st.i + 1 >= st.n and st.i < st.n and p[st.i] == '-':
            # '[a-' at the end of the pattern
            if item[0] == 'cat':
                cats.append(item[1])
            else:
                chars.add(item[1])
        elif item[0] == 'cat':
            cats.append(item[1])
        else:
            chars.add(item[1])
    ascii = _ascii_mode(st, flags)
    icase = bool(flags & _I)
    if not neg and not ranges and not cats and len(chars) == 1 and not icase:
        return ('lit', next(iter(chars)))
    return ('set', _CharSet(neg, chars, ranges, cats, icase, ascii))


def _width(node):
    """(min, max) width of a node; max may be MAXREPEAT (unbounded)."""
    k = node[0]
    if k in ('lit', 'set', 'any', 'anyall'):
        return 1, 1
    if k in ('at', 'look'):
        return 0, 0
    if k == 'seq':
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi = min(hi + b, MAXREPEAT)
        return lo, hi
    if k == 'alt':
        ws = [_width(n) for n in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if k == 'group':
        return _width(node[2])
    if k == 'atomic':
        return _width(node[1])
    if k == 'rep':
        a, b = _width(node[4])
        return min(a * node[1], MAXREPEAT), min(b * node[2], MAXREPEAT)
    if k == 'ref':
        return 0, MAXREPEAT
    if k == 'cond':
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        return min(a[0], b[0]), max(a[1], b[1])
    return 0, MAXREPEAT


# ---------------------------------------------------------------- compiler
# Instructions are tuples whose first item is an opcode:
_CHAR, _SET, _ANY, _ANYALL, _SPLIT, _JMP, _SAVE, _MATCH, _AT, _REF, \
    _STAR, _MARK, _PROGRESS, _LOOK, _ATOMIC, _COND, _NOPROGRESS = range(17)


class _Compiler:
    def __init__(self, nslots):
        self.nslots = nslots      # group slots; loop registers come after
        self.nregs = 0

    def reg(self):
        r = self.nslots + self.nregs
        self.nregs += 1
        return r

    def prog(self, node):
        code = []
        self.emit(node, code)
        code.append((_MATCH,))
        # a single-character repeat followed by a literal character carries
        # it: backtracking then jumps to where that character occurs
        for k, ins in enumerate(code):
            if ins[0] == _STAR:
                j = k + 1
                while code[j][0] == _SAVE:
                    j += 1
                nxt = code[j]
                code[k] = ins + (nxt[1] if nxt[0] == _CHAR else None,)
        return code

    def emit(self, node, code):
        k = node[0]
        if k == 'lit':
            code.append((_CHAR, node[1]))
        elif k == 'set':
            code.append((_SET, node[1]))
        elif k == 'any':
            code.append((_ANY,))
        elif k == 'anyall':
            code.append((_ANYALL,))
        elif k == 'at':
            code.append((_AT, node[1]))
        elif k == 'seq':
            for n in node[1]:
                if n[0] == 'lit':
                    code.append((_CHAR, n[1]))
                else:
                    self.emit(n, code)
        elif k == 'alt':
            jumps = []
            alts = node[1]
            for idx, n in enumerate(alts):
                if idx < len(alts) - 1:
                    split = len(code)
                    code.append(None)
                    self.emit(n, code)
                    jumps.append(len(code))
                    code.append(None)
                    code[split] = (_SPLIT, split + 1, len(code))
                else:
                    self.emit(n, code)
            for j in jumps:
                code[j] = (_JMP, len(code))
        elif k == 'group':
            g = node[1]
            code.append((_SAVE, 2 * g))
            self.emit(node[2], code)
            code.append((_SAVE, 2 * g + 1))
        elif k == 'ref':
            code.append((_REF, node[1], node[2], node[3]))
        elif k == 'look':
            sub = self.prog(node[3])
            code.append((_LOOK, sub, node[1], node[2], node[4]))
        elif k == 'atomic':
            sub = self.prog(node[1])
            code.append((_ATOMIC, sub))
        elif k == 'cond':
            at = len(code)
            code.append(None)
            self.emit(node[2], code)
            if node[3] is not None:
                j = len(code)
                code.append(None)
                code[at] = (_COND, node[1], len(code))
                self.emit(node[3], code)
                code[j] = (_JMP, len(code))
            else:
                code[at] = (_COND, node[1], len(code))
        elif k == 'rep':
            self.emit_rep(node, code)
        else:
            raise AssertionError(k)

    def emit_rep(self, node, code):
        _, lo, hi, mode, body = node
        if mode == 2:
            self.emit(('atomic', ('rep', lo, hi, 0, body)), code)
            return
        lazy = mode == 1
        bk = body[0]
        if bk in ('lit', 'set', 'any', 'anyall'):
            code.append((_STAR, bk, body[1] if len(body) > 1 else None,
                         lo, hi, lazy))
            return
        if lo > 100000 or (hi != MAXREPEAT and hi > 100000):
            raise error('pattern too large for coil\'s re (repeat count %d)'
                        % (hi if hi != MAXREPEAT else lo))
        for _ in range(lo):
            self.emit(body, code)
        nullable = _width(body)[0] == 0
        if hi == MAXREPEAT:
            # L1: SPLIT L2, L3 ; L2: [MARK r] body [PROGRESS r] JMP L1 ; L3:
            l1 = len(code)
            code.append(None)
            r = None
            if nullable:
                r = self.reg()
                code.append((_MARK, r))
            self.emit(body, code)
            if nullable:
                code.append((_PROGRESS, r, l1))
            else:
                code.append((_JMP, l1))
            l3 = len(code)
            code[l1] = (_SPLIT, l3, l1 + 1) if lazy else (_SPLIT, l1 + 1, l3)
        else:
            # optional copies; an empty iteration ends the repetition
            splits = []
            checks = []
            r = self.reg() if nullable else None
            for _ in range(hi - lo):
                splits.append(len(code))
                code.append(None)
                if nullable:
                    code.append((_MARK, r))
                self.emit(body, code)
                if nullable:
                    checks.append(len(code))
                    code.append(None)
            end = len(code)
            for s in splits:
                code[s] = (_SPLIT, end, s + 1) if lazy else (_SPLIT, s + 1, end)
            for c in checks:
                code[c] = (_NOPROGRESS, r, end)


def _single_ok(kind, data, ch):
    if kind == 'lit':
        return ch == data
    if kind == 'set':
        return data.test(ch)
    if kind == 'any':
        return ch != '\n'
    return True


# ---------------------------------------------------------------- native form
# _coil_re.compile takes the instruction list with every operand an int (or a
# list of them): characters as code points, sets as (neg, icase, ascii,
# chars, flat ranges, category bits), anchors and repeat kinds as numbers.

_AT_CODES = {'bos': 0, 'eol': 1, 'eos': 2, 'bol_m': 3, 'eol_m': 4,
             'b': 5, 'B': 6, 'b_a': 7, 'B_a': 8}
_CAT_BITS = {'d': 1, 'D': 2, 'w': 4, 'W': 8, 's': 16, 'S': 32}
_KIND_CODES = {'lit': 0, 'set': 1, 'any': 2, 'anyall': 3}


def _flat_set(cs):
    cats = 0
    for c in cs.cats:
        cats |= _CAT_BITS[c]
    rs = []
    for lo, hi in cs.ranges:
        rs.append(lo)
        rs.append(hi)
    return (int(cs.neg), int(cs.icase), int(cs.ascii),
            [ord(c) for c in cs.chars], rs, cats)


def _flatten(prog):
    out = []
    for ins in prog:
        op = ins[0]
        if op == _CHAR:
            out.append((op, ord(ins[1])))
        elif op == _SET:
            out.append((op, _flat_set(ins[1])))
        elif op == _AT:
            out.append((op, _AT_CODES[ins[1]]))
        elif op == _REF:
            out.append((op, ins[1], (1 if ins[2] else 0) | (2 if ins[3] else 0)))
        elif op == _STAR:
            kind, data = ins[1], ins[2]
            if kind == 'lit':
                d = ord(data)
            elif kind == 'set':
                d = _flat_set(data)
            else:
                d = 0
            nl = ins[6]
            out.append((op, _KIND_CODES[kind], d, ins[3], ins[4], int(ins[5]),
                        -1 if nl is None else ord(nl)))
        elif op == _LOOK:
            out.append((op, _flatten(ins[1]), int(ins[2]), int(ins[3]), ins[4]))
        elif op == _ATOMIC:
            out.append((op, _flatten(ins[1])))
        else:
            out.append(ins)
    return out


def _flat_first(t):
    if t is None:
        return None
    if isinstance(t, _AnyOf):
        out = []
        for sub in t.subs:
            out.extend(_flat_first(sub))
        return out
    return [_flat_set(t)]


# ---------------------------------------------------------------- matcher

def _at(kind, s, pos, end):
    if kind == 'bos':
        return pos == 0
    if kind == 'eol':
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == 'eos':
        return pos == end
    if kind == 'bol_m':
        return pos == 0 or s[pos - 1] == '\n'
    if kind == 'eol_m':
        return pos == end or s[pos] == '\n'
    ascii = kind.endswith('_a')
    before = pos > 0 and _is_word(s[pos - 1], ascii)
    after = pos < end and _is_word(s[pos], ascii)
    if kind[0] == 'b':
        return before != after
    return before == after and end > 0


def _run(prog, s, pos, end, marks, full, forbid):
    """Run prog at pos; the end position of the first match, or -1.
    marks (group slots, loop registers, lastindex last) are updated in place
    on success and left as they were on failure."""
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    while True:
        ins = prog[pc]
        op = ins[0]
        if op == _CHAR:
            if pos < end and s[pos] == ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == _SET:
            if pos < end:
                c = s[pos]
                if c in ins[1].yes or (c not in ins[1].no and ins[1].test(c)):
                    pos += 1
                    pc += 1
                    continue
        elif op == _SPLIT:
            push(0)
            push(ins[2])
            push(pos)
            pc = ins[1]
            continue
        elif op == _JMP:
            pc = ins[1]
            continue
        elif op == _SAVE:
            slot = ins[1]
            push(1)
            push(slot)
            push(marks[slot])
            marks[slot] = pos
            if slot & 1:
                push(1)
                push(-1)
                push(marks[-1])
                marks[-1] = slot >> 1
            pc += 1
            continue
        elif op == _STAR:
            kind = ins[1]
            data = ins[2]
            lo = ins[3]
            hi = ins[4]
            start = pos
            # the mandatory part
            need = pos + lo
            if need > end:
                pass
            else:
                ok = True
                if kind == 'lit':
                    while pos < need:
                        if s[pos] != data:
                            ok = False
                            break
                        pos += 1
                elif kind == 'set':
                    test = data.test
                    yes = data.yes
                    while pos < need:
                        if s[pos] not in yes and not test(s[pos]):
                            ok = False
                            break
                        pos += 1
                elif kind == 'any':
                    while pos < need:
                        if s[pos] == '\n':
                            ok = False
                            break
                        pos += 1
                else:
                    pos = need
                if ok:
                    limit = end if hi == MAXREPEAT else min(end, start + hi)
                    if ins[5]:
                        # lazy: remember how to take one more
                        push(3 + 2 * pc)
                        push(limit)
                        push(pos)
                        pc += 1
                        continue
                    base = pos
                    if kind == 'lit':
                        while pos < limit and s[pos] == data:
                            pos += 1
                    elif kind == 'set':
                        while pos < limit:
                            if s[pos] in yes:
                                pos += 1
                            elif s[pos] not in data.no and test(s[pos]):
                                pos += 1
                            else:
                                break
                    elif kind == 'any':
                        j = s.find('\n', pos, limit)
                        pos = limit if j < 0 else j
                    else:
                        pos = limit
                    nl = ins[6]
                    if nl is not None and (pos >= end or s[pos] != nl):
                        pos = s.rfind(nl, base, pos)
                        if pos < 0:
                            pos = base
                            ok = False
                    if ok:
                        if pos > base:
                            push(2 + 2 * pc)
                            push(base)
                            push(pos)
                        pc += 1
                        continue
        elif op == _ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif op == _ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif op == _MATCH:
            if not ((full and pos != end) or pos == forbid):
                return pos
        elif op == _AT:
            if _at(ins[1], s, pos, end):
                pc += 1
                continue
        elif op == _MARK:
            r = ins[1]
            push(1)
            push(r)
            push(marks[r])
            marks[r] = pos
            pc += 1
            continue
        elif op == _PROGRESS:
            if marks[ins[1]] != pos:
                pc = ins[2]
            else:
                pc += 1
            continue
        elif op == _NOPROGRESS:
            if marks[ins[1]] == pos:
                pc = ins[2]
            else:
                pc += 1
            continue
        elif op == _REF:
            g = ins[1]
            a = marks[2 * g]
            b = marks[2 * g + 1]
            if a >= 0 and b >= 0:
                n = b - a
                if pos + n <= end:
                    if ins[2]:
                        ok = True
                        for k in range(n):
                            x = s[a + k]
                            y = s[pos + k]
                            if x != y and not (y in _case_variants(x, ins[3])):
                                ok = False
                                break
                    else:
                        ok = s.startswith(s[a:b], pos)
                    if ok:
                        pos += n
                        pc += 1
                        continue
        elif op == _COND:
            g = ins[1]
            if marks[2 * g] >= 0 and marks[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = ins[2]
            continue
        elif op == _LOOK:
            behind = ins[2]
            neg = ins[3]
            if behind:
                at = pos - ins[4]
                if at < 0:
                    r = -1
                else:
                    saved = marks[:]
                    r = _run(ins[1], s, at, end, marks, False, -1)
                    if r >= 0 and r != pos:
                        r = -1
                        marks[:] = saved
            else:
                saved = marks[:]
                r = _run(ins[1], s, pos, end, marks, False, -1)
            if neg:
                if r < 0:
                    pc += 1
                    continue
                marks[:] = saved
            elif r >= 0:
                for k in range(len(marks)):
                    if marks[k] != saved[k]:
                        push(1)
                        push(k if k != len(marks) - 1 else -1)
                        push(saved[k])
                pc += 1
                continue
        elif op == _ATOMIC:
            saved = marks[:]
            r = _run(ins[1], s, pos, end, marks, False, -1)
            if r >= 0:
                for k in range(len(marks)):
                    if marks[k] != saved[k]:
                        push(1)
                        push(k if k != len(marks) - 1 else -1)
                        push(saved[k])
                pos = r
                pc += 1
                continue
        # failure: backtrack
        while True:
            if not stack:
                return -1
            v = pop()
            x = pop()
            kind = pop()
            if kind == 1:
                marks[x] = v
                continue
            if kind == 0:
                pc = x
                pos = v
                break
            if kind & 1:
                # lazy single repeat: take one more
                rpc = (kind - 3) >> 1
                if v < x:
                    rins = prog[rpc]
                    if _single_ok(rins[1], rins[2], s[v]):
                        v += 1
                        push(kind)
                        push(x)
                        push(v)
                        pc = rpc + 1
                        pos = v
                        break
                continue
            # greedy single repeat: give one back (or back to the next
            # occurrence of the literal that follows)
            if v > x:
                nl = prog[(kind - 2) >> 1][6]
                if nl is None:
                    v -= 1
                else:
                    v = s.rfind(nl, x, v)
                    if v < 0:
                        continue
                if v > x:
                    push(kind)
                    push(x)
                    push(v)
                pc = ((kind - 2) >> 1) + 1
                pos = v
                break


# ---------------------------------------------------------------- API objects

def _flag_repr(flags):
    names = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
             ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
             ('ASCII', 256)]
    out = []
    for name, v in names:
        if flags & v:
            out.append('re.' + name)
            flags &= ~v
    if flags:
        out.append('0x%x' % flags)
    return '|'.join(out)


def _subject(pat, string):
    """The subject the matcher runs over: a str, or for bytes-like objects
    bytes (native matcher) or latin-1 text (_run)."""
    if isinstance(string, str):
        if pat._isbytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string
    if isinstance(string, _BYTESLIKE):
        if not pat._isbytes:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        if pat._code is not None:
            return string if type(string) is bytes else bytes(string)
        return _b2s(string)
    raise TypeError('expected string or bytes-like object, got %r'
                    % type(string).__name__)


def _clamp(n, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, text, st, prog, nregs, prefix, first):
        self.pattern = pattern
        self.flags = flags
        self._isbytes = isinstance(pattern, bytes)
        self.groups = st.groups - 1
        self.groupindex = dict(st.names)
        self._names = {v: k for k, v in st.names.items()}
        self._prog = prog
        self._nslots = 2 * st.groups + nregs + 1
        self._prefix = prefix
        self._first = first
        self._anchored = False
        self._code = None         # the native program (set by _compile)

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        flags = self.flags
        if not self._isbytes:
            flags &= ~_U
        if flags:
            return 're.compile(%s, %s)' % (p, _flag_repr(flags))
        return 're.compile(%s)' % p

    def __class_getitem__(cls, item):
        # CPython gives a types.GenericAlias; coil's subscripted classes are
        # the classes themselves (as list[int] is)
        return cls

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    # -- core
    def _match_at(self, s, pos, end, full, forbid):
        if self._code is not None:
            return _native.match(self._code, s, pos, end, int(full), forbid)
        marks = [-1] * self._nslots
        r = _run(self._prog, s, pos, end, marks, full, forbid)
        if r < 0:
            return None
        marks[0] = pos
        marks[1] = r
        return marks

    def _search(self, s, pos, end, forbid=-1):
        if self._code is not None:
            return _native.search(self._code, s, pos, end, forbid)
        prefix = self._prefix
        first = self._first
        prog = self._prog
        nslots = self._nslots
        if self._anchored:
            if pos != 0:
                return None
        i = pos
        while i <= end:
            if prefix:
                j = s.find(prefix, i, end)
                if j < 0:
                    return None
                i = j
            elif first is not None:
                yes = first.yes
                no = first.no
                while i < end:
                    c = s[i]
                    if c in yes or (c not in no and first.test(c)):
                        break
                    i += 1
                if i >= end:
                    return None
            marks = [-1] * nslots
            r = _run(prog, s, i, end, marks, False, forbid)
            if r >= 0:
                marks[0] = i
                marks[1] = r
                return marks
            if self._anchored:
                return None
            i += 1
        return None

    def _mk(self, string, s, marks, pos, endpos):
        return Match(self, string, s, marks, pos, endpos)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        if type(string) is str and self._code is not None and not self._isbytes:
            pos, endpos = _clamp(len(string), pos, endpos)
            m = _native.match(self._code, string, pos, endpos, 0, -1)
            return None if m is None else Match(self, string, string, m, pos, endpos)
        s = _subject(self, string)
        pos, endpos = _clamp(len(s), pos, endpos)
        m = self._match_at(s, pos, endpos, False, -1)
        return None if m is None else self._mk(string, s, m, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        s = _subject(self, string)
        pos, endpos = _clamp(len(s), pos, endpos)
        m = self._match_at(s, pos, endpos, True, -1)
        return None if m is None else self._mk(string, s, m, pos, endpos)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        if type(string) is str and self._code is not None and not self._isbytes:
            pos, endpos = _clamp(len(string), pos, endpos)
            m = _native.search(self._code, string, pos, endpos, -1)
            return None if m is None else Match(self, string, string, m, pos, endpos)
        s = _subject(self, string)
        pos, endpos = _clamp(len(s), pos, endpos)
        if pos > endpos:
            return None
        m = self._search(s, pos, endpos)
        return None if m is None else self._mk(string, s, m, pos, endpos)

    def _iter(self, s, pos, endpos):
        """Successive non-overlapping matches (3.7 rules for empty ones)."""
        if self._code is not None:
            # in batches growing 4x: a loop that stops early pays little
            forbid = -1
            batch = 16
            while pos <= endpos:
                ms = _native.scan(self._code, s, pos, endpos, forbid, batch)
                yield from ms
                if len(ms) < batch:
                    return
                m = ms[-1]
                pos = m[1]
                forbid = pos if m[0] == m[1] else -1
                if batch < 4096:
                    batch *= 4
            return
        forbid = -1
        while pos <= endpos:
            m = self._search(s, pos, endpos, forbid)
            if m is None:
                return
            yield m
            pos = m[1]
            forbid = pos if m[0] == m[1] else -1

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        s = _subject(self, string)
        pos, endpos = _clamp(len(s), pos, endpos)
        for m in self._iter(s, pos, endpos):
            yield self._mk(string, s, m, pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        s = _subject(self, string)
        pos, endpos = _clamp(len(s), pos, endpos)
        if self._code is not None:
            return _native.findall(self._code, s, pos, endpos, self.groups)
        conv = self._conv(string)
        out = []
        g = self.groups
        empty = conv(s[:0])
        ms = self._all(s, pos, endpos, 0)
        if g == 0:
            if conv is _ident:
                return [s[m[0]:m[1]] for m in ms]
            for m in ms:
                out.append(conv(s[m[0]:m[1]]))
        elif g == 1:
            for m in ms:
                out.append(conv(s[m[2]:m[3]]) if m[2] >= 0 and m[3] >= 0
                           else empty)
        else:
            for m in ms:
                out.append(tuple(
                    conv(s[m[2 * k]:m[2 * k + 1]])
                    if m[2 * k] >= 0 and m[2 * k + 1] >= 0 else empty
                    for k in range(1, g + 1)))
        return out

    def _all(self, s, pos, endpos, limit):
        """The list of successive matches (at most limit when limit > 0,
        none when it is negative, as CPython's count and maxsplit)."""
        if limit < 0:
            return []
        if self._code is not None:
            return _native.scan(self._code, s, pos, endpos, -1,
                                limit if limit > 0 else _sys.maxsize)
        out = []
        for m in self._iter(s, pos, endpos):
            if limit > 0 and len(out) >= limit:
                break
            out.append(m)
        return out

    def _conv(self, string):
        if not self._isbytes or self._code is not None:
            return _ident
        return _to_bytes

    def split(self, string, maxsplit=0):
        s = _subject(self, string)
        conv = self._conv(string)
        out = []
        last = 0
        n = 0
        g = self.groups
        for m in self._all(s, 0, len(s), maxsplit):
            out.append(conv(s[last:m[0]]))
            for k in range(1, g + 1):
                a, b = m[2 * k], m[2 * k + 1]
                out.append(conv(s[a:b]) if a >= 0 and b >= 0 else None)
            last = m[1]
            n += 1
        out.append(conv(s[last:]))
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        s = _subject(self, string)
        conv = self._conv(string)
        if callable(repl):
            func = repl
            template = None
        else:
            if self._isbytes:
                if isinstance(repl, str):
                    raise TypeError('expected a bytes-like object, str found')
                rs = _b2s(repl)
            else:
                if not isinstance(repl, str):
                    raise TypeError('expected str instance, %s found'
                                    % type(repl).__name__)
                rs = repl
            template = self._template(rs, repl, s)
            func = None
            if self._code is not None:
                return _native.sub(self._code, s, template, count)
        parts = []
        last = 0
        n = 0
        native = self._code is not None
        for m in self._all(s, 0, len(s), count):
            parts.append(s[last:m[0]])
            if func is not None:
                r = func(self._mk(string, s, m, 0, len(s)))
                if r is not None:
                    if self._isbytes:
                        parts.append(bytes(r) if native else _b2s(r))
                    else:
                        if not isinstance(r, str):
                            raise TypeError('expected str instance, %s found'
                                            % type(r).__name__)
                        parts.append(r)
            else:
                parts.append(_expand(template, s, m))
            last = m[1]
            n += 1
        parts.append(s[last:])
        return conv(s[:0].join(parts)), n

    def _template(self, rs, orig, s):
        """A parsed replacement template whose literal parts have the type
        of the subject s (bytes under the native matcher)."""
        t = _parse_template(self, rs, orig)
        if type(s) is not str:
            t = [_s2b(x) if type(x) is str else x for x in t]
        return t

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        return _PatternScanner(self, string, pos, endpos)


class _PatternScanner:
    """Pattern.scanner(): successive match()/search() calls walk the
    string (an empty match makes the next one start further on)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._s = _subject(pattern, string)
        self._pos, self._end = _clamp(len(self._s), pos, endpos)
        self._spos = self._pos
        self._forbid = -1
        self._done = False

    def _next(self, anchored):
        if self._done or self._pos > self._end:
            return None
        pat = self.pattern
        if anchored:
            m = pat._match_at(self._s, self._pos, self._end, False, self._forbid)
        else:
            m = pat._search(self._s, self._pos, self._end, self._forbid)
        if m is None:
            self._done = True
            return None
        self._forbid = m[1] if m[0] == m[1] else -1
        self._pos = m[1]
        return Match(pat, self._string, self._s, m, self._spos, self._end)

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


class Scanner:
    """A simple lexer: (pattern, action) pairs tried in order at each
    position; actions are called as action(scanner, text)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._phrase_of = {}
        gid = 1
        for k, (phrase, action) in enumerate(lexicon):
            self._phrase_of[gid] = k
            parts.append('(%s)' % phrase)
            gid += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _ident(x):
    return x


def _to_bytes(x):
    return _s2b(x)


def _b2s(b):
    """bytes-like -> str, one character per byte (latin-1)."""
    return ''.join(map(chr, bytes(b)))


def _s2b(s):
    return bytes(map(ord, s))


def _parse_template(pat, rs, orig):
    """A replacement template as a list of strings and group numbers."""
    out = []
    lit = []
    i = 0
    n = len(rs)
    while i < n:
        c = rs[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', orig, start)
        c = rs[i]
        i += 1
        if c == 'g':
            if i >= n or rs[i] != '<':
                raise error('missing <', orig, i)
            j = rs.find('>', i + 1)
            if j < 0:
                raise error('missing >, unterminated name', orig, i + 1)
            name = rs[i + 1:j]
            if not name:
                raise error('missing group name', orig, i + 1)
            if name.isdecimal() and name.isascii():
                gid = int(name)
                if gid > pat.groups:
                    raise error('invalid group reference %d' % gid, orig, i + 1)
            else:
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, orig, i + 1)
                if name not in pat.groupindex:
                    raise IndexError('unknown group name %r' % name)
                gid = pat.groupindex[name]
            i = j + 1
            out.append(''.join(lit))
            lit = []
            out.append(gid)
        elif c == '0':
            s = '0'
            while len(s) < 3 and i < n and rs[i] in _OCT:
                s += rs[i]
                i += 1
            lit.append(chr(int(s, 8)))
        elif c in _DIGITS:
            s = c
            if i < n and rs[i] in _DIGITS:
                if (c in _OCT and rs[i] in _OCT and i + 1 < n
                        and rs[i + 1] in _OCT):
                    s = c + rs[i] + rs[i + 1]
                    i += 2
                    v = int(s, 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % s, orig, start)
                    lit.append(chr(v))
                    continue
                s += rs[i]
                i += 1
            gid = int(s)
            if gid > pat.groups:
                raise error('invalid group reference %d' % gid, orig, start + 1)
            out.append(''.join(lit))
            lit = []
            out.append(gid)
        elif c in _SIMPLE_ESCAPES:
            lit.append(_SIMPLE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\%s' % c, orig, start)
        else:
            lit.append('\\' + c)
    out.append(''.join(lit))
    return out


def _expand(template, s, m):
    parts = []
    for t in template:
        if type(t) is not int:
            parts.append(t)
        else:
            a = m[2 * t]
            b = m[2 * t + 1]
            if a >= 0 and b >= 0:
                parts.append(s[a:b])
    return s[:0].join(parts)


class Match:
    """The result of a successful match."""

    def __init__(self, pat, string, s, marks, pos, endpos):
        self.re = pat
        self.string = string
        self._s = s
        self._m = marks
        self.pos = pos
        self.endpos = endpos
        self._conv = _ident if pat._code is not None else pat._conv(string)

    def __class_getitem__(cls, item):
        return cls

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            if isinstance(g, str) and g in self.re.groupindex:
                return self.re.groupindex[g]
        else:
            try:
                i = g.__index__()
            except Exception:
                raise IndexError('no such group') from None
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        a = self._m[2 * i]
        b = self._m[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self._conv(self._s[a:b])

    def group(self, *args):
        if not args:
            m = self._m
            return self._conv(self._s[m[0]:m[1]])
        if len(args) == 1:
            g = args[0]
            if type(g) is int and 0 <= g <= self.re.groups:
                m = self._m
                a = m[2 * g]
                b = m[2 * g + 1]
                if a < 0 or b < 0:
                    return None
                return self._conv(self._s[a:b])
            return self._get(self._index(g))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        m = self._m
        s = self._s
        conv = self._conv
        out = []
        for i in range(2, 2 * self.re.groups + 2, 2):
            a = m[i]
            b = m[i + 1]
            out.append(default if a < 0 or b < 0 else conv(s[a:b]))
        return tuple(out)

    def groupdict(self, default=None):
        return {name: self._get(i, default)
                for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        if group == 0 and type(group) is int:
            return self._m[0]
        i = self._index(group)
        a, b = self._m[2 * i], self._m[2 * i + 1]
        return a if a >= 0 and b >= 0 else -1

    def end(self, group=0):
        if group == 0 and type(group) is int:
            return self._m[1]
        i = self._index(group)
        a, b = self._m[2 * i], self._m[2 * i + 1]
        return b if a >= 0 and b >= 0 else -1

    def span(self, group=0):
        if group == 0 and type(group) is int:
            m = self._m
            return (m[0], m[1])
        i = self._index(group)
        a, b = self._m[2 * i], self._m[2 * i + 1]
        if a >= 0 and b >= 0:
            return (a, b)
        return (-1, -1)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        li = self._m[-1]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._m[-1]
        if li < 0:
            return None
        return self.re._names.get(li)

    def expand(self, template):
        if self.re._isbytes:
            rs = _b2s(template)
        else:
            rs = template
        t = self.re._template(rs, template, self._s)
        return self._conv(_expand(t, self._s, self._m))

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._m[0], self._m[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = 're'
Match.__module__ = 're'


# ---------------------------------------------------------------- compile

def _first_test(node):
    """A predicate every match's first character satisfies, or None."""
    k = node[0]
    if k == 'lit':
        return _CharSet(False, node[1], [], [], False, False)
    if k == 'set':
        return node[1]
    if k == 'alt':
        subs = [_first_test(n) for n in node[1]]
        if any(x is None for x in subs):
            return None
        return _AnyOf(subs)
    if k == 'seq':
        for n in node[1]:
            if n[0] == 'at' and n[1] in ('b', 'B', 'b_a', 'B_a'):
                continue
            return _first_test(n)
        return None
    if k == 'group':
        return _first_test(node[2])
    if k == 'rep' and node[1] > 0:
        return _first_test(node[4])
    if k == 'atomic':
        return _first_test(node[1])
    return None


def _literal_prefix(node):
    out = []
    items = node[1] if node[0] == 'seq' else [node]
    for n in items:
        if n[0] == 'lit':
            out.append(n[1])
        else:
            break
    return ''.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    p = _cache.get((type(pattern), pattern, flags))
    if p is not None:
        return p
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, str):
        isbytes = False
        text = pattern
    elif isinstance(pattern, _BYTESLIKE):
        isbytes = True
        text = _b2s(pattern)
    else:
        raise TypeError('first argument must be string or compiled pattern')
    flags = int(flags)
    if isbytes:
        if flags & _U:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & _L and flags & _A:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        if flags & _L:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & _A and flags & _U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    st, node = _parse(text, pattern, flags, isbytes)
    flags = st.flags
    if not isbytes and flags & _A and flags & _U:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    if not isbytes and not flags & _A:
        flags |= _U
    comp = _Compiler(2 * st.groups)
    prog = comp.prog(node)
    prefix = _literal_prefix(node)
    first = _first_test(node)
    p = Pattern(pattern, RegexFlag(flags) if False else flags, text, st, prog,
                comp.nregs, prefix, first)
    p.flags = flags
    items = node[1] if node[0] == 'seq' else [node]
    if items and items[0][0] == 'at' and items[0][1] == 'bos':
        p._anchored = True
    if _native is not None:
        p._code = _native.compile(_flatten(prog), p._nslots, int(p._anchored),
                                  prefix, _flat_first(first))
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | _T)


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    s = _b2s(pattern)
    return _s2b(''.join('\\' + c if c in _SPECIAL_CHARS else c for c in s))


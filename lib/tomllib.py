"""Parse TOML 1.0 documents (CPython 3.11's tomllib: load, loads, TOMLDecodeError).

coil's own parser: one pass over the text with a position, tables built as nested
dicts, and a record of which tables were declared by a header, made by dotted keys
or are frozen (inline tables and arrays), from which the redefinition errors come.
Error messages and positions are those of CPython's tomllib.
"""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_BAD_BASIC = _CTRL - frozenset("\t")
_BAD_MULTI = _CTRL - frozenset("\t\n")
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | frozenset("\"'")
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {
    "\\b": "\b",
    "\\t": "\t",
    "\\n": "\n",
    "\\f": "\f",
    "\\r": "\r",
    '\\"': '"',
    "\\\\": "\\",
}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_NUMBER = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
)
_LOCAL_TIME = _re.compile(_TIME)
_DATETIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)

# What a key path is in the record of declarations.
_DECLARED = 1  # a [table] header, or a table some dotted key created
_FROZEN = 2  # an inline table or an array value: nothing may be added


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a str."""
    if parse_float is not float:
        user = parse_float

        def parse_float(text):
            v = user(text)
            if isinstance(v, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return v

    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


class _Marks:
    """Per key path (a tuple), the marks `_DECLARED`/`_FROZEN`; a frozen mark may be
    recursive (it covers every path below). Marks of dotted keys are pending until
    the next table header, so the table they are in may still add to them."""

    def __init__(self):
        self.own = {}
        self.deep = set()
        self.pending = []

    def has(self, path, mark):
        if not path:
            return False
        if mark == _FROZEN:
            for i in range(1, len(path) + 1):
                if path[:i] in self.deep:
                    return True
        return mark in self.own.get(path, ())

    def add(self, path, mark, deep=False):
        if deep:
            self.deep.add(path)
        else:
            self.own.setdefault(path, set()).add(mark)

    def forget_below(self, path):
        n = len(path)
        for table in (self.own, self.deep):
            for p in [p for p in table if p[:n] == path]:
                if isinstance(table, dict):
                    del table[p]
                else:
                    table.discard(p)

    def settle(self):
        for path in self.pending:
            self.add(path, _DECLARED)
        self.pending = []


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float

    # -- errors and scanning --------------------------------------------------

    def error(self, msg, pos=None):
        src = self.src
        pos = self.pos if pos is None else pos
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip(self, chars):
        src, pos, n = self.src, self.pos, len(self.src)
        while pos < n and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_to(self, end, bad, need_end):
        """Move to the next `end` (or the end of the text), refusing characters of
        `bad` on the way."""
        src, start = self.src, self.pos
        stop = src.find(end, start)
        if stop < 0:
            stop = len(src)
            if need_end:
                raise self.error("Expected %r" % end, stop)
        if not bad.isdisjoint(src[start:stop]):
            p = start
            while src[p] not in bad:
                p += 1
            raise self.error("Found invalid character %r" % src[p], p)
        self.pos = stop

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.skip_to("\n", _BAD_BASIC, False)

    def skip_array_space(self):
        while True:
            before = self.pos
            self.skip(_WS_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- statements -----------------------------------------------------------

    def document(self):
        self.root = {}
        self.marks = _Marks()
        table = ()
        src = self.src
        while True:
            self.skip(_WS)
            if self.pos >= len(src):
                break
            c = src[self.pos]
            if c == "\n":
                self.pos += 1
                continue
            if c in _KEY_START:
                self.key_value(table)
                self.skip(_WS)
            elif c == "[":
                self.marks.settle()
                if self.peek(2) == "[[":
                    table = self.array_table_header()
                else:
                    table = self.table_header()
                self.skip(_WS)
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            if self.pos >= len(src):
                break
            if src[self.pos] != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.root

    def nest(self, path, into_arrays=True):
        """The dict at `path` below the root, made as needed (the last table of an
        array of tables stands for the array); KeyError if a value is in the way."""
        d = self.root
        for k in path:
            if k not in d:
                d[k] = {}
            d = d[k]
            if into_arrays and isinstance(d, list):
                d = d[-1]
            if not isinstance(d, dict):
                raise KeyError(k)
        return d

    def table_header(self):
        self.pos += 1
        self.skip(_WS)
        path = self.key()
        if self.marks.has(path, _DECLARED) or self.marks.has(path, _FROZEN):
            raise self.error("Cannot declare %s twice" % (path,))
        self.marks.add(path, _DECLARED)
        try:
            self.nest(path)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return path

    def array_table_header(self):
        self.pos += 2
        self.skip(_WS)
        path = self.key()
        if self.marks.has(path, _FROZEN):
            raise self.error("Cannot mutate immutable namespace %s" % (path,))
        # A new element: what was declared in the previous one is free again.
        self.marks.forget_below(path)
        self.marks.add(path, _DECLARED)
        try:
            parent = self.nest(path[:-1])
            last = path[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise KeyError(last)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek(2) != "]]":
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return path

    def key_value(self, table):
        path, value = self.pair()
        for i in range(1, len(path)):
            sub = table + path[:i]
            if self.marks.has(sub, _DECLARED):
                raise self.error("Cannot redefine namespace %s" % (sub,))
            self.marks.pending.append(sub)
        parent = table + path[:-1]
        if self.marks.has(parent, _FROZEN):
            raise self.error("Cannot mutate immutable namespace %s" % (parent,))
        try:
            d = self.nest(parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if path[-1] in d:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.marks.add(table + path, _FROZEN, deep=True)
        d[path[-1]] = value

    def pair(self):
        path = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WS)
        return path, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_WS)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_WS)
            parts.append(self.key_part())
            self.skip(_WS)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- values ---------------------------------------------------------------

    def value(self):
        src, pos = self.src, self.pos
        c = src[pos:pos + 1]
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string('"')
            self.pos += 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string("'")
            return self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATETIME.match(src, pos)
        if m:
            try:
                v = _to_datetime(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = m.end()
            return v
        m = _LOCAL_TIME.match(src, pos)
        if m:
            self.pos = m.end()
            h, mi, s, frac = m.groups()
            return _time(int(h), int(mi), int(s), int(frac.ljust(6, "0")) if frac else 0)
        m = _NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            if m.group("frac"):
                return self.parse_float(m.group())
            return int(m.group(), 0)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "-inf", "+inf", "-nan", "+nan"):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        out = []
        self.skip_array_space()
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip_array_space()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return out
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
            if self.peek() == "]":
                self.pos += 1
                return out

    def inline_table(self):
        self.pos += 1
        out = {}
        frozen = set()
        self.skip(_WS)
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            path, value = self.pair()
            if any(path[:i] in frozen for i in range(1, len(path) + 1)):
                raise self.error("Cannot mutate immutable namespace %s" % (path,))
            d = out
            try:
                for k in path[:-1]:
                    d = d.setdefault(k, {})
                    if not isinstance(d, dict):
                        raise KeyError(k)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            if path[-1] in d:
                raise self.error("Duplicate inline table key %r" % path[-1])
            d[path[-1]] = value
            self.skip(_WS)
            c = self.peek()
            if c == "}":
                self.pos += 1
                return out
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.add(path)
            self.pos += 1
            self.skip(_WS)

    # -- strings --------------------------------------------------------------

    def literal_string(self):
        self.pos += 1
        start = self.pos
        self.skip_to("'", _BAD_BASIC, True)
        self.pos += 1
        return self.src[start:self.pos - 1]

    def multiline_string(self, quote):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        if quote == "'":
            start = self.pos
            self.skip_to("'''", _BAD_MULTI, True)
            text = self.src[start:self.pos]
            self.pos += 3
        else:
            text = self.basic_string(True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if self.peek() != quote:
                break
            self.pos += 1
            text += quote
        return text

    def basic_string(self, multiline):
        """The rest of a basic string after its opening quote(s)."""
        src = self.src
        bad = _BAD_MULTI if multiline else _BAD_BASIC
        out = []
        start = pos = self.pos
        n = len(src)
        while True:
            if pos >= n:
                raise self.error("Unterminated string", pos)
            c = src[pos]
            if c == '"':
                if not multiline:
                    out.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(out)
                if src.startswith('"""', pos):
                    out.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(out)
                pos += 1
                continue
            if c == "\\":
                out.append(src[start:pos])
                self.pos = pos
                out.append(self.escape(multiline))
                start = pos = self.pos
                continue
            if c in bad:
                raise self.error("Illegal character %r" % c, pos)
            pos += 1

    def escape(self, multiline):
        src = self.src
        code = src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and code in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash: drop the whitespace up to the next text.
            if code != "\\\n":
                self.skip(_WS)
                if self.pos >= len(src):
                    return ""
                if src[self.pos] != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_WS_NL)
            return ""
        if code in ("\\u", "\\U"):
            width = 4 if code == "\\u" else 8
            digits = src[self.pos:self.pos + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.error("Invalid hex value")
            self.pos += width
            cp = int(digits, 16)
            if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
                raise self.error("Escaped character is not a Unicode scalar value")
            return chr(cp)
        try:
            return _ESCAPES[code]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None


_zones = {}


def _to_datetime(m):
    y, mo, d, h, mi, s, frac, zulu, sign, oh, om = m.groups()
    if h is None:
        return _date(int(y), int(mo), int(d))
    micro = int(frac.ljust(6, "0")) if frac else 0
    if sign:
        key = (sign, oh, om)
        tz = _zones.get(key)
        if tz is None:
            k = 1 if sign == "+" else -1
            tz = _zones[key] = _timezone(_timedelta(hours=k * int(oh), minutes=k * int(om)))
    elif zulu:
        tz = _timezone.utc
    else:
        tz = None
    return _datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), micro, tzinfo=tz)

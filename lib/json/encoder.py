"""JSON encoding: coil's in-house json.encoder."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPE = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
           '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    out = ['"']
    append = out.append
    esc = _ESCAPE
    start = 0
    for i, c in enumerate(s):
        if c in esc:
            if start < i:
                append(s[start:i])
            append(esc[c])
            start = i + 1
    if start < len(s):
        append(s[start:])
    append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    out = ['"']
    append = out.append
    esc = _ESCAPE
    start = 0
    for i, c in enumerate(s):
        if ' ' <= c <= '~' and c != '\\' and c != '"':
            continue
        if start < i:
            append(s[start:i])
        start = i + 1
        if c in esc:
            append(esc[c])
            continue
        n = ord(c)
        if n < 0x10000:
            append('\\u%04x' % n)
        else:
            n -= 0x10000
            append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                      0xdc00 | (n & 0x3ff)))
    if start < len(s):
        append(s[start:])
    append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % (o.__class__.__name__,))

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation."""
        out = []
        _Encoding(self, out).encode(o, 0)
        return out


class _Encoding:
    """One encoding run: settings plus the circular-reference markers."""

    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.encode_str = (encode_basestring_ascii if enc.ensure_ascii
                           else encode_basestring)
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant')
        return text

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o
            return key
        return None

    def unmark(self, key):
        if key is not None:
            del self.markers[key]

    def encode(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.encode_str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            key = self.mark(o)
            o = self.enc.default(o)
            self.encode(o, level)
            self.unmark(key)

    def encode_list(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        key = self.mark(lst)
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_sep + newline_indent
            out.append('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_sep
            out.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.unmark(key)

    def encode_dict(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        key_id = self.mark(dct)
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_sep + newline_indent
            out.append('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_sep
            out.append('{')
        first = True
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                'not %s' % (key.__class__.__name__,))
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(self.encode_str(key))
            out.append(self.key_sep)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.unmark(key_id)

"""JSON decoding: coil's in-house json.decoder (a hand-written scanner that
follows the positions and messages of CPython's C scanner)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
              'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the error position (msg, doc, pos,
    lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _StopScan(Exception):
    def __init__(self, idx):
        self.idx = idx


def _skip_ws(s, idx, n):
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def scanstring(s, end, strict=True):
    """Scan the string s from index end (just after the opening quote).

    Returns (decoded string, index after the closing quote)."""
    n = len(s)
    begin = end - 1
    chunks = []
    append = chunks.append
    while True:
        # copy a run of ordinary characters
        start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\' or c < ' ':
                break
            end += 1
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if end > start:
            append(s[start:end])
        c = s[end]
        if c == '"':
            end += 1
            break
        if c != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, end)
            append(c)
            end += 1
            continue
        nxt = end + 1
        if nxt >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[nxt]
        if esc != 'u':
            try:
                append(_BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end) from None
            end = nxt + 1
            continue
        # \uXXXX
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        digits = s[nxt:end]
        for ch in digits:
            if ch not in _HEX:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end - 5)
        uni = int(digits, 16)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and \
                s[end] == '\\' and s[end + 1] == 'u':
            digits2 = s[end + 2:end + 6]
            for ch in digits2:
                if ch not in _HEX:
                    raise JSONDecodeError('Invalid \\uXXXX escape', s,
                                          end + 1)
            uni2 = int(digits2, 16)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(chr(uni))
    return ''.join(chunks), end


class _Scanner:
    def __init__(self, ctx):
        self.strict = ctx.strict
        self.object_hook = ctx.object_hook
        self.object_pairs_hook = ctx.object_pairs_hook
        self.parse_float = ctx.parse_float
        self.parse_int = ctx.parse_int
        self.parse_constant = ctx.parse_constant
        self.memo = {}

    def __call__(self, s, idx):
        try:
            return self.scan(s, idx, len(s))
        finally:
            self.memo.clear()

    def scan(self, s, idx, n):
        if idx >= n:
            raise _StopScan(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1, n)
        if c == '[':
            return self.parse_array(s, idx + 1, n)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx, n)

    def parse_number(self, s, start, n):
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _StopScan(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise _StopScan(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            return self.parse_float(numstr), idx
        return self.parse_int(numstr), idx

    def parse_object(self, s, idx, n):
        pairs = []
        memo = self.memo
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != '}':
            while idx < n:
                if s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed '
                                          'in double quotes', s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                key = memo.setdefault(key, key)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                try:
                    value, idx = self.scan(s, idx, n)
                except _StopScan as err:
                    raise JSONDecodeError('Expecting value', s,
                                          err.idx) from None
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
            if idx >= n or s[idx] != '}':
                raise JSONDecodeError('Expecting property name enclosed in '
                                      'double quotes', s, idx)
        idx += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx

    def parse_array(self, s, idx, n):
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != ']':
            while idx < n:
                try:
                    value, idx = self.scan(s, idx, n)
                except _StopScan as err:
                    raise JSONDecodeError('Expecting value', s,
                                          err.idx) from None
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
            if idx >= n or s[idx] != ']':
                raise JSONDecodeError('Expecting value', s, idx)
        return values, idx + 1


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self)

    def decode(self, s):
        """Return the Python representation of s (a str holding JSON)."""
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx; return (obj, end)."""
        try:
            obj, end = self.scan_once(s, idx)
        except _StopScan as err:
            raise JSONDecodeError('Expecting value', s, err.idx) from None
        return obj, end

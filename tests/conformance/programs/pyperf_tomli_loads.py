"""tomli-style parser on a string: string scanning with re, nested tables, arrays."""
import re
import datetime
import string
import time

WS = frozenset(' \t')
BARE_KEY = frozenset(string.ascii_letters + string.digits + '-_')
RE_NUMBER = re.compile(r"""
0
(?:
    x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*   # hex
    |
    b[01](?:_?[01])*                 # bin
    |
    o[0-7](?:_?[0-7])*               # oct
)
|
[+-]?(?:0|[1-9](?:_?[0-9])*)         # dec, integer part
(?P<floatpart>
    (?:\.[0-9](?:_?[0-9])*)?         # optional fractional part
    (?:[eE][+-]?[0-9](?:_?[0-9])*)?  # optional exponent part
)
""", flags=re.VERBOSE)
RE_DATETIME = re.compile(r"""
([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])  # date, e.g. 1988-10-27
(?:
    [Tt ]
    ([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])     # hh:mm:ss
    (?:\.([0-9]{1,6})[0-9]*)?                        # optional fractional seconds
    (?:[Zz]|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?  # optional time offset
)?
""", flags=re.VERBOSE)


class TOMLDecodeError(ValueError):
    pass


class Parser:
    def __init__(self, src):
        self.src = src
        self.pos = 0
        self.root = {}
        self.current = self.root

    def error(self, msg):
        line = self.src.count('\n', 0, self.pos) + 1
        col = self.pos - self.src.rfind('\n', 0, self.pos)
        return TOMLDecodeError(f"{msg} (at line {line}, column {col})")

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ''

    def skip_ws(self):
        while self.peek() in WS and self.peek():
            self.pos += 1

    def skip_comment(self):
        if self.peek() == '#':
            nl = self.src.find('\n', self.pos)
            self.pos = len(self.src) if nl == -1 else nl

    def parse(self):
        while self.pos < len(self.src):
            self.skip_ws()
            c = self.peek()
            if c == '\n':
                self.pos += 1
                continue
            if c == '#':
                self.skip_comment()
                continue
            if c == '[':
                self.parse_table_header()
            else:
                self.parse_keyval(self.current)
            self.skip_ws()
            self.skip_comment()
            if self.peek() not in ('\n', ''):
                raise self.error("Expected newline or end of document after a statement")
        return self.root

    def parse_key(self):
        parts = []
        while True:
            self.skip_ws()
            c = self.peek()
            if c == '"':
                parts.append(self.parse_basic_string())
            elif c in BARE_KEY and c:
                start = self.pos
                while self.peek() in BARE_KEY and self.peek():
                    self.pos += 1
                parts.append(self.src[start:self.pos])
            else:
                raise self.error("Invalid initial character for a key part")
            self.skip_ws()
            if self.peek() != '.':
                return parts
            self.pos += 1

    def parse_table_header(self):
        array = self.src.startswith('[[', self.pos)
        self.pos += 2 if array else 1
        key = self.parse_key()
        closing = ']]' if array else ']'
        if not self.src.startswith(closing, self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += len(closing)
        table = self.root
        for k in key[:-1]:
            table = table.setdefault(k, {})
            if isinstance(table, list):
                table = table[-1]
        if array:
            lst = table.setdefault(key[-1], [])
            lst.append({})
            self.current = lst[-1]
        else:
            self.current = table.setdefault(key[-1], {})

    def parse_keyval(self, table):
        key = self.parse_key()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        value = self.parse_value()
        for k in key[:-1]:
            table = table.setdefault(k, {})
        if key[-1] in table:
            raise self.error(f"Cannot overwrite a value {key[-1]!r}")
        table[key[-1]] = value

    def parse_basic_string(self):
        self.pos += 1
        out = []
        while True:
            c = self.peek()
            if c == '':
                raise self.error("Unterminated string")
            if c == '"':
                self.pos += 1
                return ''.join(out)
            if c == '\\':
                esc = self.src[self.pos + 1]
                if esc == 'u':
                    out.append(chr(int(self.src[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[esc])
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1

    def parse_value(self):
        c = self.peek()
        if c == '"':
            return self.parse_basic_string()
        if c == "'":
            end = self.src.index("'", self.pos + 1)
            s = self.src[self.pos + 1:end]
            self.pos = end + 1
            return s
        if c == '[':
            self.pos += 1
            arr = []
            while True:
                while self.peek() in (' ', '\t', '\n'):
                    self.pos += 1
                self.skip_comment()
                if self.peek() == ']':
                    self.pos += 1
                    return arr
                arr.append(self.parse_value())
                while self.peek() in (' ', '\t', '\n'):
                    self.pos += 1
                if self.peek() == ',':
                    self.pos += 1
        if c == '{':
            self.pos += 1
            tbl = {}
            self.skip_ws()
            if self.peek() == '}':
                self.pos += 1
                return tbl
            while True:
                self.parse_keyval(tbl)
                self.skip_ws()
                c = self.peek()
                self.pos += 1
                if c == '}':
                    return tbl
                if c != ',':
                    raise self.error("Unclosed inline table")
                self.skip_ws()
        if self.src.startswith('true', self.pos):
            self.pos += 4
            return True
        if self.src.startswith('false', self.pos):
            self.pos += 5
            return False
        m = RE_DATETIME.match(self.src, self.pos)
        if m:
            self.pos = m.end()
            y, mo, d, h, mi, s, frac, sign, oh, om = m.groups()
            if h is None:
                return datetime.date(int(y), int(mo), int(d))
            micro = int(frac.ljust(6, '0')) if frac else 0
            tz = None
            if sign:
                delta = datetime.timedelta(hours=int(oh), minutes=int(om))
                tz = datetime.timezone(-delta if sign == '-' else delta)
            elif m.group().endswith(('Z', 'z')):
                tz = datetime.timezone.utc
            return datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), micro, tzinfo=tz)
        m = RE_NUMBER.match(self.src, self.pos)
        if m:
            self.pos = m.end()
            text = m.group()
            if m.group('floatpart'):
                return float(text.replace('_', ''))
            return int(text.replace('_', ''), 0)
        for name, val in (('inf', float('inf')), ('nan', float('nan'))):
            if self.src.startswith(name, self.pos):
                self.pos += 3
                return val
        raise self.error("Invalid value")


DOC = '''
# This is a TOML document.
title = "TOML \\"Example\\" \\u00e9"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
joined = 2001-01-01

[database]
server = "192.168.1.1"
ports = [ 8000, 8001, 8002 ]
connection_max = 5_000
enabled = true
ratio = 0.5e-3
hex = 0xDEAD_BEEF
oct = 0o755
bin = 0b1101
lit = 'C:\\Users\\nodejs'

[servers.alpha]
ip = "10.0.0.1"
dc = "eqdc10"
point = { x = 1, y = 2 }

[servers.beta]
ip = "10.0.0.2"
dc = "eqdc10"
when = 2020-02-29 12:00:00.123456Z

[[products]]
name = "Hammer"
sku = 738594937
dotted.key.here = -17

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
nested = [ [1, 2], ["a", 'b'], [], [ {a = 1} ] ]  # comment
'''


if __name__ == "__main__":
    t0 = time.perf_counter()
    for _ in range(3):
        doc = Parser(DOC).parse()
    for k, v in doc.items():
        print(k, '=', v)
    print(doc['owner']['dob'].utcoffset(), doc['owner']['dob'].isoformat())
    print(doc['servers']['beta']['when'].tzinfo, repr(doc['database']['ratio']))
    for bad in ['a = ', 'a = 1\na = 2', 'a = "x', 'x = 1 2', '[tbl\n', '= 3']:
        try:
            Parser(bad).parse()
        except TOMLDecodeError as e:
            print('TOMLDecodeError:', e)
        except (IndexError, ValueError) as e:
            print(type(e).__name__, e)
    assert time.perf_counter() >= t0

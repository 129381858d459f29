"""Common string constants, Template and Formatter: coil's in-house string.

Template placeholders are scanned by hand (no regular expressions): a
placeholder is the delimiter followed by the delimiter (an escape), an ASCII
identifier, or a braced ASCII identifier.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or one space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CONT = frozenset('_' + ascii_letters + digits)


class _Sentinel:
    pass


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (start, end, kind, name) for each placeholder; kind is
        # 'escaped', 'named', 'braced' or 'invalid' (start = after delimiter).
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                return
            k = j + dl
            if t.startswith(delim, k):
                yield j, k + dl, 'escaped', None
                i = k + dl
                continue
            if k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CONT:
                    e += 1
                yield j, e, 'named', t[k:e]
                i = e
                continue
            if k < n and t[k] == '{' and k + 1 < n and t[k + 1] in _ID_START:
                e = k + 2
                while e < n and t[e] in _ID_CONT:
                    e += 1
                if e < n and t[e] == '}':
                    yield j, e + 1, 'braced', t[k + 1:e]
                    i = e + 1
                    continue
            yield j, k, 'invalid', k
            i = k

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            out.append(self.template[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(name)
            else:
                out.append('%s' % (mapping[name],))
            pos = end
        out.append(self.template[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        t = self.template
        for start, end, kind, name in self._scan():
            out.append(t[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(t[start:end])
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(t[start:end])
            pos = end
        out.append(t[pos:])
        return ''.join(out)

    def is_valid(self):
        for _s, _e, kind, _n in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _s, _e, kind, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _parse_format(s):
    """Yield (literal, field_name, format_spec, conversion) like str.format."""
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                yield ''.join(lit), None, None, None
                lit = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # find the matching close brace, allowing nested {} in the spec
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            conversion = None
            spec = ''
            # split field_name / conversion / spec at top level
            k = 0
            brackets = 0
            name_end = len(field)
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    brackets += 1
                elif ch == ']':
                    brackets -= 1
                elif brackets == 0 and ch in '!:':
                    name_end = k
                    break
                k += 1
            name = field[:name_end]
            rest = field[name_end:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for '
                                     'conversion specifier')
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion '
                                     'specifier')
            if rest.startswith(':'):
                spec = rest[1:]
            yield ''.join(lit), name, spec, conversion
            lit = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                yield ''.join(lit), None, None, None
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        yield ''.join(lit), None, None, None


class Formatter:
    """Customisable str.format: parse, get_field, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest

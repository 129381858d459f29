"""email.message: Message, a parsed or built RFC 5322 message (compat32 rules)."""

import binascii
import re

__all__ = ['Message', 'EmailMessage']

_tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _parseparam(s):
    # Split a header value on ';' outside quoted strings.
    out = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        f = s[:end]
        if '=' in f:
            i = f.index('=')
            f = f[:i].strip().lower() + '=' + f[i + 1:].strip()
        out.append(f.strip())
        s = s[end:]
    return out


def _unquotevalue(value):
    if len(value) > 1 and value.startswith('"') and value.endswith('"'):
        return value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    if len(value) > 1 and value.startswith('<') and value.endswith('>'):
        return value[1:-1]
    return value


def _formatparam(param, value=None, quote=True):
    if value is not None and len(value) > 0:
        if quote or _tspecials.search(value):
            value = value.replace('\\', '\\\\').replace('"', '\\"')
            return '%s="%s"' % (param, value)
        return '%s=%s' % (param, value)
    return param


def _qp_decode(data):
    # Quoted-printable bytes: '=XX' escapes and '=' soft line breaks.
    out = bytearray()
    lines = data.split(b'\n')
    for n, line in enumerate(lines):
        line = line.rstrip(b' \t\r')
        soft = line.endswith(b'=')
        if soft:
            line = line[:-1]
        i = 0
        while i < len(line):
            c = line[i:i + 1]
            if c == b'=' and i + 2 < len(line) + 1 and \
                    re.fullmatch(rb'[0-9A-Fa-f]{2}', line[i + 1:i + 3] or b''):
                out.append(int(line[i + 1:i + 3], 16))
                i += 3
            else:
                out += c
                i += 1
        if not soft and n < len(lines) - 1:
            out += b'\n'
    return bytes(out)


def _ascii_surrogateescape(s):
    # str.encode('ascii', 'surrogateescape'), which coil's codecs lack.
    out = bytearray()
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(o)
        elif 0xDC80 <= o <= 0xDCFF:
            out.append(o - 0xDC00)
        else:
            out.append(63)
    return bytes(out)


class Message:
    def __init__(self, policy=None):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        out = []
        self._generate(out, unixfrom)
        return ''.join(out)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom).encode('utf-8', 'surrogateescape')

    def _generate(self, out, unixfrom=False):
        if unixfrom and self._unixfrom:
            out.append(self._unixfrom + '\n')
        for h, v in self._headers:
            out.append('%s: %s\n' % (h, v))
        out.append('\n')
        payload = self._payload
        if payload is None:
            return
        if isinstance(payload, list):
            if self.get_content_maintype() != 'multipart':
                for part in payload:
                    part._generate(out)
                return
            boundary = self.get_boundary()
            if boundary is None:
                boundary = '===============0000000000000000000=='
                self.set_boundary(boundary)
            if self.preamble is not None:
                out.append(self.preamble + '\n')
            out.append('--' + boundary + '\n')
            for i, part in enumerate(payload):
                if i:
                    out.append('\n--' + boundary + '\n')
                part._generate(out)
            out.append('\n--' + boundary + '--' + '\n')
            if self.epilogue is not None:
                out.append(self.epilogue)
            return
        out.append(payload)

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                from email.errors import MultipartConversionError
                raise MultipartConversionError(
                    "Attach is not valid on a message with a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        bpayload = payload if payload is not None else b''
        if isinstance(payload, str):
            if any(0xD800 <= ord(c) <= 0xDFFF for c in payload):
                # Undecodable bytes of a parsed message (surrogateescape).
                bpayload = _ascii_surrogateescape(payload)
                if not decode:
                    try:
                        payload = bpayload.decode(self.get_param('charset', 'ascii'),
                                                  'replace')
                    except LookupError:
                        payload = bpayload.decode('ascii', 'replace')
            elif decode:
                try:
                    bpayload = payload.encode('ascii')
                except UnicodeError:
                    from email.header import _raw_unicode_escape
                    bpayload = _raw_unicode_escape(payload)
        if not decode:
            return payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if cte == 'quoted-printable':
            return _qp_decode(bpayload)
        if cte == 'base64':
            data = b''.join(bpayload.splitlines())
            try:
                return binascii.a2b_base64(data + b'=' * (-len(data) % 4))
            except binascii.Error:
                return bpayload
        return bpayload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        self._charset = charset
        if charset is None:
            self.del_param('charset')
            return
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=str(charset))
        else:
            self.set_param('charset', str(charset))

    def get_charset(self):
        return self._charset

    # -- headers as a case-insensitive multi-mapping --

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            parts.append(k if v is None else _formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        _name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == _name:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    # -- content type and parameters --

    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _parseparam(';' + str(value)):
            try:
                name, val = p.split('=', 1)
                name = name.strip()
                val = val.strip()
            except ValueError:
                name = p.strip()
                val = ''
            params.append((name, val))
        return params

    def get_params(self, failobj=None, header='content-type', unquote=True):
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = '; '.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append_param = _formatparam(param, value, requote)
                else:
                    append_param = _formatparam(old_param, old_value, requote)
                ctype = append_param if not ctype else '; '.join([ctype, append_param])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                piece = _formatparam(p, v, requote)
                new_ctype = piece if not new_ctype else '; '.join([new_ctype, piece])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return filename.strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return boundary.rstrip()

    def set_boundary(self, boundary):
        self.set_param('boundary', boundary, replace='content-type' in self)

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        return str(charset).lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class EmailMessage(Message):
    def get_body(self, preferencelist=('related', 'html', 'plain')):
        for part in self.walk():
            if part.get_content_type() == 'text/' + preferencelist[-1]:
                return part
        return None

    def get_content(self):
        payload = self.get_payload(decode=True)
        if self.get_content_maintype() == 'text':
            return payload.decode(self.get_content_charset('ascii'), 'replace')
        return payload

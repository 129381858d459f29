"""email.parser: Parser, HeaderParser, BytesParser, BytesHeaderParser (compat32)."""

import re

from email.message import Message
from email import errors

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

_header_re = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
_eol = re.compile(r'(\r\n|\r|\n)\Z')


def _strip_eol(text):
    mo = _eol.search(text)
    return text[:mo.start()] if mo else text


def _parse(text, factory, headersonly, default_type='text/plain'):
    msg = factory()
    msg.set_default_type(default_type)
    lines = text.splitlines(keepends=True)
    i = 0
    if lines and lines[0].startswith('From '):
        msg.set_unixfrom(lines[0].rstrip('\r\n'))
        i = 1
    header = []
    while i < len(lines):
        line = lines[i]
        if line in ('\n', '\r\n', '\r'):
            i += 1
            break
        if line[:1] in (' ', '\t') and header:
            header.append(line)
            i += 1
            continue
        if header:
            _add_header(msg, header)
            header = []
        if ':' not in line or not _header_re.match(line):
            msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
            break
        header.append(line)
        i += 1
    if header:
        _add_header(msg, header)
    body = ''.join(lines[i:])
    if headersonly:
        msg.set_payload(body)
        return msg
    ctype = msg.get_content_maintype()
    if ctype == 'multipart':
        _parse_multipart(msg, body, factory)
    elif msg.get_content_type() == 'message/rfc822':
        msg.set_payload([_parse(body, factory, False)])
    else:
        msg.set_payload(body)
    return msg


def _add_header(msg, sourcelines):
    name, value = sourcelines[0].split(':', 1)
    value = value.lstrip(' \t') + ''.join(sourcelines[1:])
    msg.set_raw(name, value.rstrip('\r\n'))


def _parse_multipart(msg, body, factory):
    boundary = msg.get_boundary()
    if boundary is None:
        msg.defects.append(errors.NoBoundaryInMultipartDefect())
        msg.set_payload(body)
        return
    boundary_re = re.compile('(?P<sep>' + re.escape('--' + boundary) +
                             r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
    default = 'message/rfc822' if msg.get_content_subtype() == 'digest' else 'text/plain'
    lines = body.splitlines(keepends=True)
    preamble = []
    parts = []
    current = None
    closed = False
    i = 0
    while i < len(lines):
        line = lines[i]
        mo = boundary_re.match(line)
        i += 1
        if mo:
            if current is not None:
                parts.append(current)
            if mo.group('end'):
                closed = True
                break
            current = []
            continue
        if current is None:
            preamble.append(line)
        else:
            current.append(line)
    else:
        if current is not None:
            parts.append(current)
    if not parts and current is None:
        msg.defects.append(errors.StartBoundaryNotFoundDefect())
        msg.set_payload(''.join(preamble))
        return
    if preamble:
        preamble[-1] = _strip_eol(preamble[-1])
        msg.preamble = ''.join(preamble)
    payload = []
    for n, part in enumerate(parts):
        text = ''.join(part)
        if n < len(parts) - 1 or closed:
            text = _strip_eol(text)
        sub = _parse(text, factory, False, default)
        payload.append(sub)
    msg.set_payload(payload)
    if not closed:
        msg.defects.append(errors.CloseBoundaryNotFoundDefect())
        return
    msg.epilogue = ''.join(lines[i:])


class Parser:
    def __init__(self, _class=None, *, policy=None):
        self._class = _class if _class is not None else Message
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse(text, self._class, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)

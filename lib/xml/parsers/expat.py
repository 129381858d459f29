"""A pure-Python XML parser with the interface of CPython's pyexpat (the subset
ElementTree and simple SAX-style programs use): ParserCreate, the handler
attributes, Parse/ParseFile, namespace processing and expat's error messages
with their line and column."""

import re as _re

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'


class ExpatError(Exception):
    pass


error = ExpatError


class _Errors:
    XML_ERROR_NO_MEMORY = 'out of memory'
    XML_ERROR_SYNTAX = 'syntax error'
    XML_ERROR_NO_ELEMENTS = 'no element found'
    XML_ERROR_INVALID_TOKEN = 'not well-formed (invalid token)'
    XML_ERROR_UNCLOSED_TOKEN = 'unclosed token'
    XML_ERROR_PARTIAL_CHAR = 'partial character'
    XML_ERROR_TAG_MISMATCH = 'mismatched tag'
    XML_ERROR_DUPLICATE_ATTRIBUTE = 'duplicate attribute'
    XML_ERROR_JUNK_AFTER_DOC_ELEMENT = 'junk after document element'
    XML_ERROR_UNDEFINED_ENTITY = 'undefined entity'
    XML_ERROR_BAD_CHAR_REF = 'reference to invalid character number'
    XML_ERROR_MISPLACED_XML_PI = 'XML or text declaration not at start of entity'
    XML_ERROR_UNKNOWN_ENCODING = 'unknown encoding'
    XML_ERROR_UNCLOSED_CDATA_SECTION = 'unclosed CDATA section'
    XML_ERROR_UNBOUND_PREFIX = 'unbound prefix'
    XML_ERROR_UNDECLARING_PREFIX = 'must not undeclare prefix'


errors = _Errors

# expat's error numbers (ParseError.code), by message
_CODES = {
    'out of memory': 1, 'syntax error': 2, 'no element found': 3,
    'not well-formed (invalid token)': 4, 'unclosed token': 5,
    'partial character': 6, 'mismatched tag': 7, 'duplicate attribute': 8,
    'junk after document element': 9, 'undefined entity': 11,
    'reference to invalid character number': 14,
    'XML or text declaration not at start of entity': 17,
    'unknown encoding': 18, 'unclosed CDATA section': 20,
    'unbound prefix': 27, 'must not undeclare prefix': 28,
}


def ErrorString(code):
    for k, v in _CODES.items():
        if v == code:
            return k
    return None


_NAME = r'[^\s/>="\'<&!?]+'
_START = _re.compile(r'<(' + _NAME + r')((?:\s+' + _NAME + r'\s*=\s*(?:"[^"<]*"|\'[^\'<]*\'))*)\s*(/?)>')
_ATTR = _re.compile(r'\s+(' + _NAME + r')\s*=\s*(?:"([^"<]*)"|\'([^\'<]*)\')')
_END = _re.compile(r'</(' + _NAME + r')\s*>')
_NAME1 = r'[A-Za-z_:\x80-\U0010ffff][^\s/>="\'<&!?]*'
_TOKENS = _re.compile(
    r'[^<]+'
    r'|<' + _NAME1 + r'(?:\s+' + _NAME + r'\s*=\s*(?:"[^"<]*"|\'[^\'<]*\'))*\s*/?>'
    r'|</' + _NAME + r'\s*>'
    r'|<!--.*?-->'
    r'|<\?[^\s?]+(?:\s+.*?)?\?>'
    r'|<!\[CDATA\[.*?\]\]>'
    r'|<!DOCTYPE\s[^\[>]*>', _re.S)
_FAST = _re.compile(
    r'([^<]+)'
    r'|<(' + _NAME1 + r')((?:\s+' + _NAME + r'\s*=\s*(?:"[^"<]*"|\'[^\'<]*\'))*)\s*(/?)>'
    r'|</(' + _NAME + r')\s*>'
    r'|(<!--)(.*?)-->'
    r'|<\?([^\s?]+)(?:\s+(.*?))?\?>'
    r'|(<!\[CDATA\[)(.*?)\]\]>'
    r'|(<!DOCTYPE\s[^\[>]*)>', _re.S)
_BADCHARS = _re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_BADTEXT = _re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|]]>')
_ENTREF = _re.compile(r'&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([^\s;&<>"\'#]+));')
_WS = ' \t\r\n'
_PREDEF = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XMLNS = 'http://www.w3.org/XML/1998/namespace'
_ENTITY_DECL = _re.compile(r'<!ENTITY\s+(' + _NAME + r')\s+(?:"([^"]*)"|\'([^\']*)\')\s*>')
_ENC = _re.compile(r'encoding\s*=\s*["\']([A-Za-z][A-Za-z0-9._-]*)["\']')


class _Stop(Exception):
    """The buffer ends inside a token: wait for more data."""


def _expand_quiet(t, entities):
    """t with its references replaced; None when one is malformed or unknown."""
    out = []
    pos = 0
    while True:
        a = t.find('&', pos)
        if a < 0:
            out.append(t[pos:])
            return ''.join(out)
        out.append(t[pos:a])
        m = _ENTREF.match(t, a)
        if m is None:
            return None
        name = m.group(3)
        if name is not None:
            v = _PREDEF.get(name)
            if v is None:
                v = entities.get(name)
                if v is None:
                    return None
        else:
            n = int(m.group(1)) if m.group(1) is not None else int(m.group(2), 16)
            if not _valid_char(n):
                return None
            v = chr(n)
        out.append(v)
        pos = m.end()


def _namechar_start(c):
    return c.isalpha() or c == '_' or c == ':'


def _valid_char(n):
    return (n == 9 or n == 10 or n == 13 or 0x20 <= n <= 0xd7ff
            or 0xe000 <= n <= 0xfffd or 0x10000 <= n <= 0x10ffff)


class XMLParserType:
    def __init__(self, encoding=None, namespace_separator=None):
        self._encoding = encoding
        self._sep = namespace_separator
        self._pre = ''      # '{' for ElementTree's {uri}local names
        self.StartElementHandler = None
        self.EndElementHandler = None
        self.CharacterDataHandler = None
        self.CommentHandler = None
        self.ProcessingInstructionHandler = None
        self.StartNamespaceDeclHandler = None
        self.EndNamespaceDeclHandler = None
        self.XmlDeclHandler = None
        self.StartDoctypeDeclHandler = None
        self.EndDoctypeDeclHandler = None
        self.StartCdataSectionHandler = None
        self.EndCdataSectionHandler = None
        self.DefaultHandler = None
        self.DefaultHandlerExpand = None
        self.ordered_attributes = False
        self.specified_attributes = False
        self.buffer_text = False
        self.buffer_size = 8192
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._raw = b''
        self._buf = ''
        self._line = 1      # line and column of self._buf[0] in the document
        self._col = 0
        self._stack = []    # open elements: (raw name, namespace decls or None, reported name)
        self._ns = [{'xml': _XMLNS}]
        self._seen_root = False
        self._done = False
        self._decl_checked = False
        self._entities = {}
        self._started = False
        self._failed = None
        self._cr = False

    # ---- positions and errors

    def _where(self, i):
        buf = self._buf
        nl = buf.count('\n', 0, i)
        if nl == 0:
            return self._line, self._col + i
        return self._line + nl, i - buf.rfind('\n', 0, i) - 1

    def _error(self, msg, i):
        line, col = self._where(i)
        self.ErrorCode = _CODES.get(msg, 2)
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        e = ExpatError('%s: line %d, column %d' % (msg, line, col))
        e.code = self.ErrorCode
        e.lineno = line
        e.offset = col
        self._failed = e
        return e

    @property
    def CurrentLineNumber(self):
        return self._line

    @property
    def CurrentColumnNumber(self):
        return self._col

    # ---- input

    def _decode(self, data, final):
        if isinstance(data, str):
            return data
        raw = self._raw + bytes(data)
        self._raw = b''
        if not self._decl_checked:
            if not final and len(raw) < 4:
                self._raw = raw
                return ''
            enc = self._encoding
            if raw[:3] == b'\xef\xbb\xbf':
                raw = raw[3:]
                enc = enc or 'utf-8'
            elif raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
                enc = 'utf-16'
            elif raw[:5] == b'<?xml':
                end = raw.find(b'?>')
                if end < 0 and not final:
                    self._raw = raw
                    return ''
                m = _ENC.search(raw[:end].decode('latin-1'))
                if m and not self._encoding:
                    enc = m.group(1)
            self._encoding = (enc or 'utf-8').lower().replace('_', '-')
            self._decl_checked = True
        enc = self._encoding
        if enc in ('utf-8', 'utf8'):
            if not final:
                # hold back an incomplete multi-byte sequence at the end
                k = len(raw)
                j = k - 1
                while j >= 0 and k - j <= 4 and (raw[j] & 0xc0) == 0x80:
                    j -= 1
                if j >= 0 and raw[j] >= 0xc0:
                    need = 2 if raw[j] < 0xe0 else 3 if raw[j] < 0xf0 else 4
                    if k - j < need:
                        self._raw = raw[j:]
                        raw = raw[:j]
            try:
                return raw.decode('utf-8')
            except UnicodeDecodeError as e:
                good = raw[:e.start].decode('utf-8')
                self._buf += good
                raise self._error('not well-formed (invalid token)', len(self._buf))
        if enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32'):
            if not final:
                self._raw = raw
                return ''
        try:
            return raw.decode(enc)
        except LookupError:
            raise self._error('unknown encoding', 0)

    def Parse(self, data, isfinal=False):
        if self._failed is not None:
            raise self._failed
        if self._done and data:
            raise self._error('parsing finished', 0)
        text = self._decode(data, isfinal)
        if self._cr:
            text = '\r' + text
            self._cr = False
        if text:
            if '\r' in text:
                if text[-1] == '\r' and not isfinal:
                    text = text[:-1]
                    self._cr = True
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._buf += text
        self._run(isfinal)
        if isfinal:
            self._done = True
        return 1

    def ParseFile(self, file):
        while True:
            data = file.read(64 * 1024)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'' if not isinstance(data, str) else '', True)

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    # ---- the tokenizer

    def _consume(self, i):
        """Drop self._buf[:i], keeping the line and column of the new start."""
        if i <= 0:
            return
        buf = self._buf
        nl = buf.count('\n', 0, i)
        if nl:
            self._line += nl
            self._col = i - buf.rfind('\n', 0, i) - 1
        else:
            self._col += i
        self._buf = buf[i:]

    def _run(self, final):
        if self._fast(final):
            return
        self._slow(final)

    def _snapshot(self):
        return (list(self._stack), list(self._ns), self._seen_root, self._started)

    def _diagnose(self, snap, final):
        """The fast path met something irregular in self._buf: find the first error
        exactly as the careful path does, from the state the buffer began with."""
        clone = XMLParserType(self._encoding, self._sep)
        clone._pre = self._pre
        clone._stack, clone._ns, clone._seen_root, clone._started = snap
        clone._entities = self._entities
        clone._buf = self._buf
        clone._line = self._line
        clone._col = self._col
        clone._decl_checked = True
        try:
            clone._slow(True)
        except ExpatError as e:
            self.ErrorCode = clone.ErrorCode
            self.ErrorLineNumber = clone.ErrorLineNumber
            self.ErrorColumnNumber = clone.ErrorColumnNumber
            self._failed = e
            raise e
        raise self._error('syntax error', 0)

    def _fast(self, final):
        """Tokenize the buffer with one native findall and replay the tokens;
        False when the buffer holds something only the careful path handles."""
        buf = self._buf
        if final:
            k = len(buf)
        else:
            k = buf.rfind('>') + 1
            if k <= 0:
                return False
        chunk = buf if k == len(buf) else buf[:k]
        if _BADCHARS.search(chunk) is not None or _TOKENS.sub('', chunk):
            return False
        snap = self._snapshot()
        if self._fast_tokens(_FAST.findall(chunk)):
            return self._diagnose(snap, final)
        self._consume(k)
        if final and (self._stack or not self._seen_root):
            raise self._error('no element found', len(self._buf))
        return True

    def _fast_tokens(self, tokens):
        """Replay tokens; True at the first irregular one (handlers already called
        for the ones before it, as expat would have)."""
        stack = self._stack
        sep = self._sep
        pre = self._pre
        ns = self._ns
        seen_root = self._seen_root
        attr_findall = _ATTR.findall
        h_start = self.StartElementHandler
        h_end = self.EndElementHandler
        h_data = self.CharacterDataHandler
        ordered = self.ordered_attributes
        first = not self._started and self._line == 1 and self._col == 0
        for text, name, araw, slash, ename, cm, ctext, pit, pid, cdm, cdtext, dt in tokens:
            if name:
                if not stack and seen_root:
                    return True
                seen_root = True
                attrs = {}
                if araw:
                    for ak, v1, v2 in attr_findall(araw):
                        if ak in attrs:
                            return True
                        v = v1 or v2
                        if v:
                            if '&' in v:
                                v = _expand_quiet(v.replace('\t', ' ').replace('\n', ' '), self._entities)
                                if v is None:
                                    return True
                            elif '\t' in v or '\n' in v:
                                v = v.replace('\t', ' ').replace('\n', ' ')
                        attrs[ak] = v
                if sep is not None:
                    scope = ns[-1]
                    decl = None
                    if attrs and ('xmlns' in attrs or any(ak[:6] == 'xmlns:' for ak in attrs)):
                        decl = {}
                        for ak in list(attrs):
                            if ak == 'xmlns' or ak[:6] == 'xmlns:':
                                uri = attrs.pop(ak)
                                p = ak[6:]
                                if p and not uri:
                                    return True
                                decl[p] = uri
                        scope = dict(scope)
                        scope.update(decl)
                        h = self.StartNamespaceDeclHandler
                        if h is not None:
                            for p, uri in decl.items():
                                h(p or None, uri or None)
                    if ':' in name:
                        p, c, local = name.partition(':')
                        uri = scope.get(p)
                        if uri is None:
                            return True
                        qname = pre + uri + sep + local
                    else:
                        uri = scope.get('')
                        qname = pre + uri + sep + name if uri else name
                    if attrs:
                        for ak in attrs:
                            if ':' in ak:
                                out = {}
                                for ak2, v in attrs.items():
                                    p, c, local = ak2.partition(':')
                                    if c:
                                        uri = scope.get(p)
                                        if uri is None:
                                            return True
                                        ak2 = pre + uri + sep + local
                                        if ak2 in out:
                                            return True
                                    out[ak2] = v
                                attrs = out
                                break
                    ns.append(scope)
                    stack.append((name, decl, qname))
                else:
                    qname = name
                    stack.append((name, None, name))
                self._seen_root = True
                if h_start is not None:
                    if ordered:
                        flat = []
                        for ak, v in attrs.items():
                            flat.append(ak)
                            flat.append(v)
                        h_start(qname, flat)
                    else:
                        h_start(qname, attrs)
                if slash:
                    top = stack.pop()
                    if sep is not None:
                        ns.pop()
                    if h_end is not None:
                        h_end(qname)
                    if top[1]:
                        self._end_decls(top[1])
            elif text:
                if not stack:
                    if text.strip(_WS):
                        return True
                    first = False
                    continue
                if '&' in text:
                    text = _expand_quiet(text, self._entities)
                    if text is None:
                        return True
                elif ']]>' in text:
                    return True
                if h_data is not None and text:
                    h_data(text)
            elif ename:
                if not stack:
                    return True
                top = stack[-1]
                if ename != top[0]:
                    return True
                stack.pop()
                if sep is not None:
                    ns.pop()
                if h_end is not None:
                    h_end(top[2])
                if top[1]:
                    self._end_decls(top[1])
            elif cm:
                if '--' in ctext or ctext[-1:] == '-':
                    return True
                h = self.CommentHandler
                if h is not None:
                    h(ctext)
            elif pit:
                if not _namechar_start(pit[0]):
                    return True
                if pit.lower() == 'xml':
                    if not first:
                        return True
                    self._started = True
                    h = self.XmlDeclHandler
                    if h is not None:
                        self._xml_decl(pid)
                    first = False
                    continue
                h = self.ProcessingInstructionHandler
                if h is not None:
                    h(pit, pid)
            elif cdm:
                if not stack:
                    return True
                h = self.StartCdataSectionHandler
                if h is not None:
                    h()
                if h_data is not None and cdtext:
                    h_data(cdtext)
                h = self.EndCdataSectionHandler
                if h is not None:
                    h()
            else:
                if seen_root or '[' in dt:
                    return True
                self._doctype(dt + '>', 0, True)
            first = False
            self._started = True
        return False

    def _slow(self, final):
        buf = self._buf
        n = len(buf)
        i = 0
        try:
            while i < n:
                j = buf.find('<', i)
                if j < 0:
                    if not final:
                        break
                    j = n
                if j > i:
                    self._text(buf, i, j, final)
                    i = j
                    if i >= n:
                        break
                c = buf[i + 1] if i + 1 < n else ''
                if c == '/':
                    i = self._end_tag(buf, i, final)
                elif c == '!':
                    i = self._bang(buf, i, final)
                elif c == '?':
                    i = self._pi(buf, i, final)
                elif c == '' and not final:
                    raise _Stop
                else:
                    i = self._start_tag(buf, i, final)
        except _Stop:
            pass
        self._consume(i)
        if final:
            if self._stack or not self._seen_root:
                raise self._error('no element found', len(self._buf))

    def _text(self, buf, i, j, final):
        stack = self._stack
        if not stack:
            t = buf[i:j]
            k = 0
            while k < len(t) and t[k] in _WS:
                k += 1
            if k == len(t):
                return
            if self._seen_root:
                raise self._error('junk after document element', i + k)
            if k:
                raise self._error('syntax error', i + k)
            e = k
            while e < len(t) and (t[e].isalnum() or t[e] in '_:.-'):
                e += 1
            raise self._error('not well-formed (invalid token)', i + max(e, 1) if e else i)
        t = buf[i:j]
        m = _BADTEXT.search(t)
        if m is not None:
            raise self._error('not well-formed (invalid token)', i + m.start() + (2 if m.group() == ']]>' else 0))
        if '&' in t:
            t = self._expand(buf, i, j, t)
        h = self.CharacterDataHandler
        if h is not None and t:
            h(t)

    def _expand(self, buf, i, j, t):
        out = []
        pos = 0
        while True:
            a = t.find('&', pos)
            if a < 0:
                out.append(t[pos:])
                break
            out.append(t[pos:a])
            m = _ENTREF.match(t, a)
            if m is None:
                if a + 1 >= len(t) and j == len(buf):
                    raise _Stop
                raise self._error('not well-formed (invalid token)', i + self._bad_ref(t, a))
            out.append(self._entity(m, i + a))
            pos = m.end()
        return ''.join(out)

    def _bad_ref(self, t, a):
        k = a + 1
        if k < len(t) and t[k] == '#':
            k += 1
            if k < len(t) and t[k] == 'x':
                k += 1
                while k < len(t) and t[k] in '0123456789abcdefABCDEF':
                    k += 1
            else:
                while k < len(t) and t[k].isdigit():
                    k += 1
            return k
        if k < len(t) and _namechar_start(t[k]):
            k += 1
            while k < len(t) and (t[k].isalnum() or t[k] in '_:.-'):
                k += 1
        return k

    def _entity(self, m, where):
        if m.group(3) is not None:
            name = m.group(3)
            v = _PREDEF.get(name)
            if v is None:
                v = self._entities.get(name)
                if v is None:
                    raise self._error('undefined entity', where)
            return v
        n = int(m.group(1)) if m.group(1) is not None else int(m.group(2), 16)
        if not _valid_char(n):
            raise self._error('reference to invalid character number', where)
        return chr(n)

    def _start_tag(self, buf, i, final):
        m = _START.match(buf, i)
        if m is None:
            return self._bad_start(buf, i, final)
        name = m.group(1)
        if not _namechar_start(name[0]):
            raise self._error('not well-formed (invalid token)', i + 1)
        if self._seen_root and not self._stack:
            raise self._error('junk after document element', i)
        self._seen_root = True
        araw = m.group(2)
        attrs = {}
        if araw:
            base = m.start(2)
            for a in _ATTR.finditer(araw):
                k = a.group(1)
                v = a.group(2)
                if v is None:
                    v = a.group(3)
                if k in attrs:
                    raise self._error('duplicate attribute', base + a.start(1))
                if '&' in v:
                    v = self._attr_value(v, base + (a.start(2) if a.group(2) is not None else a.start(3)))
                elif '\t' in v or '\n' in v:
                    v = v.replace('\t', ' ').replace('\n', ' ')
                attrs[k] = v
        if self._sep is not None:
            name, attrs = self._ns_start(name, attrs, i)
        else:
            self._stack.append((name, None, name))
        h = self.StartElementHandler
        if h is not None:
            if self.ordered_attributes:
                flat = []
                for k, v in attrs.items():
                    flat.append(k)
                    flat.append(v)
                h(name, flat)
            else:
                h(name, attrs)
        if m.group(3):
            self._close_element(name)
        return m.end()

    def _attr_value(self, v, where):
        out = []
        pos = 0
        while True:
            a = v.find('&', pos)
            if a < 0:
                out.append(v[pos:])
                break
            out.append(v[pos:a].replace('\t', ' ').replace('\n', ' '))
            m = _ENTREF.match(v, a)
            if m is None:
                raise self._error('not well-formed (invalid token)', where + self._bad_ref(v, a))
            out.append(self._entity(m, where + a))
            pos = m.end()
        return ''.join(out)

    def _ns_start(self, name, attrs, where):
        decl = None
        for k in list(attrs):
            if k == 'xmlns' or k.startswith('xmlns:'):
                uri = attrs.pop(k)
                p = k[6:] if k != 'xmlns' else ''
                if p and not uri:
                    raise self._error('must not undeclare prefix', where)
                if decl is None:
                    decl = {}
                decl[p] = uri
        if decl is not None:
            scope = dict(self._ns[-1])
            scope.update(decl)
            h = self.StartNamespaceDeclHandler
            for p, uri in decl.items():
                if h is not None:
                    h(p or None, uri or None)
        else:
            scope = self._ns[-1]
        self._ns.append(scope)
        sep = self._sep
        pre = self._pre
        p, c, local = name.partition(':')
        if c:
            uri = scope.get(p)
            if uri is None:
                raise self._error('unbound prefix', where)
            qname = pre + uri + sep + local
        else:
            uri = scope.get('')
            qname = pre + uri + sep + name if uri else name
        self._stack.append((name, decl, qname))
        if attrs:
            out = {}
            for k, v in attrs.items():
                p, c, local = k.partition(':')
                if c:
                    uri = scope.get(p)
                    if uri is None:
                        raise self._error('unbound prefix', where)
                    k2 = pre + uri + sep + local
                    if k2 in out:
                        raise self._error('duplicate attribute', where)
                    out[k2] = v
                else:
                    out[k] = v
            attrs = out
        return qname, attrs

    def _bad_start(self, buf, i, final):
        n = len(buf)
        k = i + 1
        if k >= n:
            if not final:
                raise _Stop
            raise self._error('unclosed token', i)
        if not _namechar_start(buf[k]):
            raise self._error('not well-formed (invalid token)', k)
        while k < n and buf[k] not in ' \t\n/>="\'<&':
            k += 1
        while True:
            s = k
            while k < n and buf[k] in _WS:
                k += 1
            if k >= n:
                break
            c = buf[k]
            if c == '>':
                raise self._error('not well-formed (invalid token)', k)
            if c == '/':
                if k + 1 >= n:
                    break
                raise self._error('not well-formed (invalid token)', k + 1)
            if k == s or not _namechar_start(c):
                raise self._error('not well-formed (invalid token)', k)
            while k < n and buf[k] not in ' \t\n/>="\'<&':
                k += 1
            while k < n and buf[k] in _WS:
                k += 1
            if k >= n:
                break
            if buf[k] != '=':
                raise self._error('not well-formed (invalid token)', k)
            k += 1
            while k < n and buf[k] in _WS:
                k += 1
            if k >= n:
                break
            q = buf[k]
            if q != '"' and q != "'":
                raise self._error('not well-formed (invalid token)', k)
            k += 1
            while k < n and buf[k] != q:
                if buf[k] == '<':
                    raise self._error('not well-formed (invalid token)', k)
                if buf[k] == '&':
                    e = buf.find(q, k)
                    seg = buf[k:e if e >= 0 else n]
                    if e < 0 and ';' not in seg:
                        k = n
                        break
                    if _ENTREF.match(seg) is None:
                        raise self._error('not well-formed (invalid token)', k + self._bad_ref(seg, 0))
                k += 1
            if k >= n:
                break
            k += 1
        if not final:
            raise _Stop
        raise self._error('unclosed token', i)

    def _close_element(self, name):
        raw, decl, _ = self._stack.pop()
        h = self.EndElementHandler
        if h is not None:
            h(name)
        if self._sep is not None:
            self._ns.pop()
            if decl:
                self._end_decls(decl)

    def _end_decls(self, decl):
        h = self.EndNamespaceDeclHandler
        if h is not None:
            for p in reversed(list(decl)):
                h(p or None)

    def _xml_decl(self, data):
        ver = _re.search(r'version\s*=\s*["\']([^"\']*)', data)
        enc = _ENC.search(data)
        sa = _re.search(r'standalone\s*=\s*["\'](yes|no)', data)
        self.XmlDeclHandler(ver.group(1) if ver else None, enc.group(1) if enc else None,
                            -1 if sa is None else int(sa.group(1) == 'yes'))

    def _end_tag(self, buf, i, final):
        m = _END.match(buf, i)
        if m is None:
            if buf.find('>', i) < 0:
                if not final:
                    raise _Stop
                raise self._error('unclosed token', i)
            raise self._error('not well-formed (invalid token)', i + 2)
        if not self._stack:
            raise self._error('not well-formed (invalid token)', i + 1)
        name = m.group(1)
        top = self._stack[-1]
        if name != top[0]:
            raise self._error('mismatched tag', i + 2)
        self._close_element(top[2])
        return m.end()

    def _bang(self, buf, i, final):
        if buf.startswith('<!--', i):
            e = buf.find('--', i + 4)
            if e < 0:
                if not final:
                    raise _Stop
                raise self._error('unclosed token', i)
            if e + 2 >= len(buf):
                if not final:
                    raise _Stop
                raise self._error('unclosed token', i)
            if buf[e + 2] != '>':
                raise self._error('not well-formed (invalid token)', e + 2)
            if self._seen_root and not self._stack:
                pass
            h = self.CommentHandler
            if h is not None:
                h(buf[i + 4:e])
            return e + 3
        if buf.startswith('<![CDATA[', i):
            if not self._stack:
                raise self._error('not well-formed (invalid token)', i)
            e = buf.find(']]>', i + 9)
            if e < 0:
                if not final:
                    raise _Stop
                raise self._error('unclosed CDATA section', len(buf))
            t = buf[i + 9:e]
            h = self.StartCdataSectionHandler
            if h is not None:
                h()
            h = self.CharacterDataHandler
            if h is not None and t:
                h(t)
            h = self.EndCdataSectionHandler
            if h is not None:
                h()
            return e + 3
        if buf.startswith('<!DOCTYPE', i) and not self._seen_root:
            return self._doctype(buf, i, final)
        if len(buf) - i < 9 and not final:
            raise _Stop
        raise self._error('not well-formed (invalid token)', i + 2 if self._stack else i + 1)

    def _doctype(self, buf, i, final):
        k = i + 9
        n = len(buf)
        depth = 0
        q = None
        while k < n:
            c = buf[k]
            if q:
                if c == q:
                    q = None
            elif c == '"' or c == "'":
                q = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth == 0:
                break
            k += 1
        if k >= n:
            if not final:
                raise _Stop
            raise self._error('unclosed token', i)
        body = buf[i + 9:k]
        b = body.find('[')
        subset = body[b + 1:body.rfind(']')] if b >= 0 else ''
        head = (body[:b] if b >= 0 else body).split()
        for m in _ENTITY_DECL.finditer(subset):
            if m.group(1) not in self._entities:
                v = m.group(2) if m.group(2) is not None else m.group(3)
                self._entities[m.group(1)] = _ENTREF.sub(
                    lambda r: chr(int(r.group(1))) if r.group(1) else
                    chr(int(r.group(2), 16)) if r.group(2) else r.group(0), v)
        h = self.StartDoctypeDeclHandler
        if h is not None:
            name = head[0] if head else None
            pub = sysid = None
            if len(head) >= 3 and head[1] == 'SYSTEM':
                sysid = head[2].strip('"\'')
            elif len(head) >= 4 and head[1] == 'PUBLIC':
                pub = head[2].strip('"\'')
                sysid = head[3].strip('"\'')
            h(name, sysid, pub, 1 if b >= 0 else 0)
        h = self.EndDoctypeDeclHandler
        if h is not None:
            h()
        return k + 1

    def _pi(self, buf, i, final):
        e = buf.find('?>', i + 2)
        if e < 0:
            if not final:
                raise _Stop
            raise self._error('unclosed token', i)
        body = buf[i + 2:e]
        k = 0
        while k < len(body) and body[k] not in _WS:
            k += 1
        target = body[:k]
        data = body[k:].lstrip(_WS)
        if not target or not _namechar_start(target[0]):
            raise self._error('not well-formed (invalid token)', i + 2)
        if target.lower() == 'xml':
            if i != 0 or self._started or self._line != 1 or self._col != 0:
                raise self._error('XML or text declaration not at start of entity', i)
            self._started = True
            if self.XmlDeclHandler is not None:
                self._xml_decl(data)
            return e + 2
        self._started = True
        h = self.ProcessingInstructionHandler
        if h is not None:
            h(target, data)
        return e + 2


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if namespace_separator is not None and not isinstance(namespace_separator, str):
        raise TypeError('ParserCreate() argument 2 must be str or None, not %s'
                        % type(namespace_separator).__name__)
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError('namespace_separator must be at most one character, omitted, or None')
    return XMLParserType(encoding, namespace_separator)


def _create_et(encoding=None):
    """A parser that names elements and attributes as ElementTree does: {uri}local."""
    p = XMLParserType(encoding, '}')
    p._pre = '{'
    return p


model = None

"""html.parser: HTMLParser, the tolerant HTML tokenizer calling handle_* methods
(CPython 3.11.7's tokenization: tag and attribute rules, charref/entityref handling,
script/style content, buffering across feed() calls, getpos())."""

import re as _re
import _markupbase

from html import unescape

__all__ = ['HTMLParser']

# What the tokenizer recognises (these define the accepted syntax).
_TEXT_STOP = _re.compile('[&<]')
_INCOMPLETE_REF = _re.compile('&[a-zA-Z#]')
_ENTITY_REF = _re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHAR_REF = _re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_TAG_OPEN = _re.compile('<[a-zA-Z]')
_SPACE_OR_SEMI = _re.compile(r'[\s;]')
_COMMENT_END = _re.compile(r'--\s*>')
_TAG_NAME = _re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTR = _re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_START_TAG_BODY = _re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'
    r'(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'
    r'(?:\s|/(?!>))*)*)?'
    r'\s*')
_END_TAG = _re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_MAY_CONTINUE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/'


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    feed() text (in any pieces), then close(); override the handle_* methods.
    With convert_charrefs (the default) character references in text are
    converted and text arrives in handle_data only."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self._starttag_text = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        r"""Feed data to the parser (any amount, may include '\n')."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r'</\s*%s\s*>' % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    # -- the tokenizer loop
    def _text(self, s):
        if self.convert_charrefs and not self.cdata_elem:
            s = unescape(s)
        self.handle_data(s)

    def _text_end(self, text, i, n):
        """Where the text starting at i ends; None to wait for more input."""
        if self.convert_charrefs and not self.cdata_elem:
            j = text.find('<', i)
            if j >= 0:
                return j
            # A reference may be cut by the end of this piece: wait when an '&'
            # near the end is not yet followed by a blank or ';'.
            amp = text.rfind('&', max(i, n - 34))
            if amp >= 0 and not _SPACE_OR_SEMI.search(text, amp):
                return None
            return n
        m = self.interesting.search(text, i)
        if m:
            return m.start()
        return None if self.cdata_elem else n

    def _markup(self, text, i, n):
        """Parse the markup at text[i] == '<': its end, -1 if incomplete, None to stop."""
        if _TAG_OPEN.match(text, i):
            return self.parse_starttag(i)
        if text.startswith('</', i):
            return self.parse_endtag(i)
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<?', i):
            return self.parse_pi(i)
        if text.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    def _reference(self, text, i, n, end):
        """Handle the reference at text[i] == '&': the new position, or None to stop."""
        if text.startswith('&#', i):
            m = _CHAR_REF.match(text, i)
            if m:
                self.handle_charref(m.group()[2:-1])
                k = m.end()
                return k if text[k - 1] == ';' else k - 1
            if ';' in text[i:]:
                self.handle_data(text[i:i + 2])
                self._stop_at = self.updatepos(i, i + 2)
            return None
        m = _ENTITY_REF.match(text, i)
        if m:
            self.handle_entityref(m.group(1))
            k = m.end()
            return k if text[k - 1] == ';' else k - 1
        m = _INCOMPLETE_REF.match(text, i)
        if m:
            if end and m.group() == text[i:]:
                self._stop_at = self.updatepos(i, i + 1)
            return None
        if i + 1 < n:
            self.handle_data('&')
            return i + 1
        return None

    def goahead(self, end):
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            j = self._text_end(text, i, n)
            if j is None:
                break
            if i < j:
                self._text(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text[i] == '<':
                k = self._markup(text, i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # unterminated markup at the end: pass it on as text
                    k = text.find('>', i + 1)
                    if k < 0:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(text[i:k])
                i = self.updatepos(i, k)
            else:
                self._stop_at = None
                k = self._reference(text, i, n, end)
                if k is None:
                    if self._stop_at is not None:
                        i = self._stop_at
                    break
                i = self.updatepos(i, k)
        if end and i < n and not self.cdata_elem:
            self._text(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    # -- markup scanners: each returns the end position or -1 when incomplete
    def parse_html_declaration(self, i):
        text = self.rawdata
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<![', i):
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(text[i + 2:gt])
        return gt + 1

    def check_for_whole_start_tag(self, i):
        text = self.rawdata
        j = _START_TAG_BODY.match(text, i).end()
        c = text[j:j + 1]
        if c == '>':
            return j + 1
        if c == '/':
            if text.startswith('/>', j):
                return j + 2
            return -1
        if c == '' or c in _MAY_CONTINUE:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self._starttag_text = text[i:stop]
        m = _TAG_NAME.match(text, i + 1)
        k = m.end()
        tag = self.lasttag = m.group(1).lower()
        attrs = []
        while k < stop:
            m = _ATTR.match(text, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] in ('"', "'") and value[-1:] == value[:1]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        close = text[k:stop].strip()
        if close not in ('>', '/>'):
            self.handle_data(text[i:stop])
        elif close == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def parse_endtag(self, i):
        text = self.rawdata
        gt = text.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        m = _END_TAG.match(text, i)
        if m is None:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gt])
                return gt
            name = _TAG_NAME.match(text, i + 2)
            if name is None:
                if text.startswith('</>', i):
                    return i + 3
                return self.parse_bogus_comment(i)
            self.handle_endtag(name.group(1).lower())
            return text.find('>', name.end()) + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    # -- handlers, to be overridden
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

"""email.utils: addresses (parseaddr, getaddresses, formataddr), dates (parsedate,
parsedate_tz, parsedate_to_datetime, mktime_tz, formatdate, format_datetime),
quote/unquote and make_msgid."""

import datetime
import re
import time

__all__ = ['formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'quote', 'unquote']

_specials = re.compile(r'[][\\()<>@,:;".]')
_escapes = re.compile(r'[\\"]')
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov',
           'dec']
_TIMEZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300,
              'EST': -500, 'EDT': -400, 'CST': -600, 'CDT': -500, 'MST': -700,
              'MDT': -600, 'PST': -800, 'PDT': -700}


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def formataddr(pair, charset='utf-8'):
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            import base64
            encoded = base64.b64encode(name.encode(charset)).decode('ascii')
            return "=?%s?b?%s?= <%s>" % (charset, encoded, address)
        quotes = '"' if _specials.search(name) else ''
        name = _escapes.sub(r'\\\g<0>', name)
        return '%s%s%s <%s>' % (quotes, name, quotes, address)
    return address


def _split_addresses(text):
    # Split on commas outside quoted strings, angle brackets and comments.
    out, cur, depth_angle, depth_paren, quoted, esc = [], [], 0, 0, False, False
    for ch in text:
        if esc:
            esc = False
        elif ch == '\\' and (quoted or depth_paren):
            esc = True
        elif quoted:
            quoted = ch != '"'
        elif ch == '"':
            quoted = True
        elif ch == '(':
            depth_paren += 1
        elif ch == ')' and depth_paren:
            depth_paren -= 1
        elif ch == '<' and not depth_paren:
            depth_angle += 1
        elif ch == '>' and depth_angle and not depth_paren:
            depth_angle -= 1
        elif ch == ',' and not (depth_angle or depth_paren):
            out.append(''.join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append(''.join(cur))
    return out


def _phrase(text):
    # A display name: quoted strings unquoted, comments dropped, words joined by one space.
    words = []
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"|\(((?:[^()\\]|\\.)*)\)|([^\s"(]+)', text):
        if m.group(1) is not None:
            words.append(re.sub(r'\\(.)', r'\1', m.group(1)))
        elif m.group(3) is not None:
            words.append(m.group(3))
    return ' '.join(words)


def _parse_one(text):
    text = text.strip()
    if not text:
        return ('', '')
    lt = text.find('<')
    if lt >= 0:
        gt = text.find('>', lt)
        if gt < 0:
            return ('', '')
        addr = re.sub(r'\s+', '', text[lt + 1:gt])
        if ':' in addr and '@' in addr:
            addr = addr.split(':', 1)[1]
        return (_phrase(text[:lt]), addr)
    comments = re.findall(r'\(((?:[^()\\]|\\.)*)\)', text)
    addr = re.sub(r'\((?:[^()\\]|\\.)*\)', '', text)
    addr = ''.join(re.findall(r'"(?:[^"\\]|\\.)*"|\S+', addr))
    name = comments[-1] if comments else ''
    return (name, addr)


def parseaddr(addr, *, strict=True):
    if not isinstance(addr, str):
        addr = str(addr)
    pieces = [p for p in _split_addresses(addr) if p.strip()]
    if not pieces:
        return ('', '')
    return _parse_one(pieces[0])


def getaddresses(fieldvalues, *, strict=True):
    all_ = ', '.join(str(v) for v in fieldvalues)
    return [_parse_one(p) for p in _split_addresses(all_) if p.strip()]


def parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    if data[0].endswith(',') or data[0].lower()[:3] in [d.lower() for d in _DAYS]:
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        stuff = data[0].split('-')
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')
    if len(data) < 5:
        return None
    data = data[:5]
    dd, mm, yy, tm, tz = data
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    mm = _MONTHS.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return (yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset)


def parsedate(data):
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    parsed = parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1].capitalize(),
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def format_datetime(dt, usegmt=False):
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def make_msgid(idstring=None, domain=None):
    import os
    import random
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = 'localhost'
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)

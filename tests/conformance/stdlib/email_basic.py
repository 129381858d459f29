import email
from email import message_from_string, message_from_bytes
from email.utils import parseaddr, getaddresses, formataddr, parsedate_tz, parsedate_to_datetime, format_datetime, formatdate, mktime_tz, parsedate
from email.header import decode_header, make_header
from email.message import Message
from email.parser import Parser, HeaderParser

RAW = """From: "Smith, John" <john.smith@example.com>
To: alice@example.org, Bob <bob@example.net>
Cc: carol@example.com (Carol C)
Subject: Re: meeting notes
 continued on the next line
Date: Tue, 1 Jan 2019 10:00:00 +0530
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===BOUNDARY==="
X-Spam-Score: 5.5

This is the preamble.
--===BOUNDARY===
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello caf=C3=A9 world, a long line that is soft=
 wrapped.
--===BOUNDARY===
Content-Type: text/html
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="page.html"

PGh0bWw+PGJvZHk+SGk8L2JvZHk+PC9odG1sPg==
--===BOUNDARY===
Content-Type: message/rfc822

Subject: inner
From: x@y.z

inner body
--===BOUNDARY===--
epilogue text
"""

m = message_from_string(RAW)
print(m['from'], '|', m['To'], '|', m.get('cc'), '|', m['subject'], '|', m['x-missing'])
print(m.keys(), len(m), 'Date' in m, 'date' in m, m.get_all('to'), m.get_all('nope', []))
print(m.is_multipart(), m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_boundary(), m.get_params())
print(repr(m.preamble), repr(m.epilogue), len(m.get_payload()))
for part in m.walk():
    print(' ', part.get_content_type(), part.get_content_charset(), part.get_filename(), part.is_multipart(), part.get_content_disposition())
p1, p2, p3 = m.get_payload()
print(repr(p1.get_payload()), p1.get_payload(decode=True), p1.get_payload(decode=True).decode('utf-8'))
print(p2.get_payload(decode=True), p2.get_param('filename', header='content-disposition'))
print(p3.get_payload()[0]['subject'], repr(p3.get_payload()[0].get_payload()))
print(m.get_charsets())
print(str(m) == RAW.replace('epilogue text\n', 'epilogue text\n'), )
print(str(m)[-120:])
print(parseaddr(m['from']), parseaddr('bob@example.net'), parseaddr('Bob  Smith <bob@x.org>'), parseaddr('x@y (Comment)'), parseaddr(''), parseaddr('a@b, c@d'))
print(getaddresses(m.get_all('to') + m.get_all('cc')))
print(formataddr(('Smith, John', 'j@x.com')), formataddr(('Ann', 'a@x.com')), formataddr(('', 'z@x.com')), formataddr(('Jos\xe9', 'j@x.com')), formataddr(('say "hi"', 'q@x')))
print(parsedate_tz(m['date']), parsedate('Mon, 20 Nov 1995 19:12:08 -0500'), parsedate_tz('20 Nov 95 19:12 GMT'), parsedate_tz('garbage'))
dt = parsedate_to_datetime(m['date'])
print(dt, dt.utcoffset(), format_datetime(dt), formatdate(0), formatdate(86400 * 365, usegmt=True), mktime_tz(parsedate_tz(m['date'])))
print(decode_header('=?utf-8?q?caf=C3=A9_au_lait?= and =?iso-8859-1?b?Y2Fm6Q==?= plain'), decode_header('plain text'))
print(str(make_header(decode_header('=?utf-8?q?caf=C3=A9?= plain'))))
h = HeaderParser().parsestr(RAW)
print(h.is_multipart(), len(h.get_payload()))
b = message_from_bytes(b'Subject: bytes\nContent-Type: text/plain\n\nbody \xc3\xa9\n')
print(b['subject'], repr(b.get_payload()), b.get_payload(decode=True))
msg = Message()
msg['Subject'] = 'Built'
msg['To'] = 'a@b.c'
msg.add_header('Content-Disposition', 'attachment', filename='f.txt')
msg.set_payload('text body\n')
print(msg.as_string(), msg.items(), msg.get_filename())
msg.replace_header('Subject', 'Rebuilt')
del msg['to']
print(msg.keys(), msg['subject'], msg.get_content_type(), msg.get_default_type())
msg.set_param('charset', 'utf-8')
print(msg['content-type'], msg.get_param('charset'))
noheaders = message_from_string('just a body line\nand another\n')
print(noheaders.keys(), repr(noheaders.get_payload()), len(noheaders.defects))
unix = message_from_string('From sender@x Mon Jan 1 00:00:00 2019\nSubject: u\n\nb\n')
print(unix.get_unixfrom(), unix['subject'], unix.as_string(unixfrom=True))

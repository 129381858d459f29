# urllib.parse: splitting, joining, quoting and query strings.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          urlencode, parse_qs, parse_qsl, quote_from_bytes,
                          unquote_to_bytes)
import urllib.parse

u = urlparse("http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("https://[::1]:443/x?y#z"))
print(urlsplit("https://[::1]:443/x").hostname)
print(urlparse("//host/p"), urlparse("/rel/path?x"), urlparse("mailto:a@b.c"))
print(urlparse("file:///etc/passwd"))
print(urlunparse(("http", "h", "/p", "a", "q=1", "f")))
print(urlunsplit(("https", "h:1", "p", "", "")))
print(urldefrag("http://x/y#frag"), urldefrag("http://x/y"))
try:
    urlparse("http://h:abc/").port
except ValueError as e:
    print("ValueError:", e)
try:
    urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError:", e)
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g;x", "", ".",
            "..", "../g", "../..", "../../g", "../../../g", "/./g", "g/../h", "http:g"]:
    print(repr(rel), urljoin(base, rel))
for s in ["abc def", "a/b?c=d&e", "\u00fc\u20ac", "~_.-"]:
    print(quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
for s in ["a%20b", "%E2%82%AC", "%zz", "%", "a+b", "x%41%42y"]:
    print(unquote(s), unquote_plus(s), unquote_to_bytes(s))
print(quote_from_bytes(b"\x00\xffab"))
print(urlencode({"a": 1, "b": "x y", "c": "\u00fc"}))
print(urlencode([("a", [1, 2]), ("b", "c")], doseq=True))
print(urlencode([("a", [1, 2])]))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError:", e)
print(parse_qs("a=1&b=2&a=3"), parse_qs("a=&b", keep_blank_values=True))
print(parse_qsl("a+b=c%20d&&x=1"), parse_qsl("x;y=1", separator=";"))
try:
    parse_qsl("a", strict_parsing=True)
except ValueError as e:
    print("ValueError:", e)
print(urlparse(b"http://x/y?z"))
print(urllib.parse.urlsplit("HTTP://x.y/%7Euser").scheme)

# tomllib.loads over TOML 1.0: tables, arrays of tables, inline tables, dotted
# keys, every string kind, integers, floats, booleans, dates and times.
import io
import math
import tomllib

DOC = '''
# a comment
title = "TOML Example"
"quoted key" = 'literal \\n string'
bare-key_1 = 1
dotted.key.here = true
site."google.com" = true

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T07:32:00.999999
localdate = 1979-05-27
localtime = 07:32:00.5
spaced = 1979-05-27 07:32:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested = [
  1,  # one
  2,
]

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"
'''


def show(d, indent=""):
    for k, v in d.items():
        if isinstance(v, dict):
            print(indent + repr(k) + ":")
            show(v, indent + "  ")
        else:
            print(indent + repr(k), "=", type(v).__name__, repr(v))


show(tomllib.loads(DOC))

NUMS = '''
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
big = 9223372036854775808
'''
nums = tomllib.loads(NUMS)
for k, v in nums.items():
    print(k, type(v).__name__, repr(v))
nan = tomllib.loads("a = nan\nb = +nan\nc = -nan")
print({k: math.isnan(v) for k, v in nan.items()})

STRINGS = r'''
str1 = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
str2 = """
Roses are red
Violets are blue"""
str3 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
str4 = """Here are two quotation marks: "". Simple enough."""
str5 = """Here are three quotation marks: ""\"."""
str6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
str7 = """"This," she said, "is just a pointless statement.""""
winpath = 'C:\Users\nodejs\templates'
regex = '<\i\c*\s*>'
lines = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
quot = \'\'\'Here are fifteen quotation marks: """""""""""""""\'\'\'
apos = \'\'\'\'That,' she said, 'is still pointless.'\'\'\'
emoji = "\U0001F600 \b\f\r"
'''
for k, v in tomllib.loads(STRINGS.replace("\\'", "'")).items():
    print(k, repr(v))

print(tomllib.loads("a = 1\r\nb = 2\r\n"))
print(tomllib.loads(""))
print(tomllib.loads("empty = {}\narr = []\nt = { a.b = 1, c = [1, { d = 2 }] }"))
print(tomllib.load(io.BytesIO(b'x = "bytes"\n[t]\ny = 1')))
print(tomllib.loads("pi = 3.14", parse_float=lambda s: "F" + s))
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: [])
except ValueError as e:
    print("ValueError:", e)

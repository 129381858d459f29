# unicodedata: properties, names, lookup, decomposition and the four normalization forms
# against CPython 3.11's Unicode 14.0.0 (single characters, sampled sweeps, and
# random combining sequences); re's \N{...} looks names up here.
import unicodedata as ud
import zlib
chars = 'aZ5 ,\u00e9\u00c5\u0301\u2160\u00bd\u4e00\uac01\u3000\uff21\u2028\u200b\u0600\U0001F600\u05d0\u0664\u00b2\u2460\ud7a3\u0378'
for c in chars:
    print('%04X' % ord(c), ud.category(c), ud.bidirectional(c), ud.east_asian_width(c), ud.mirrored(c), ud.combining(c),
          repr(ud.decomposition(c)), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, '?'))
for n in ['LATIN SMALL LETTER A', 'latin capital letter e with acute', 'EURO SIGN', 'SNOWMAN', 'CJK UNIFIED IDEOGRAPH-4E2D', 'HANGUL SYLLABLE GAG', 'GREEK SMALL LETTER ALPHA', 'BOX DRAWINGS LIGHT HORIZONTAL', 'GRINNING FACE']:
    print(n, repr(ud.lookup(n)))
for bad in ['NO SUCH THING']:
    try: ud.lookup(bad)
    except KeyError as e: print('KeyError', e)
try: ud.name('\u0378')
except ValueError as e: print('ValueError', e)
for f in (ud.category, ud.name):
    for a in ('ab', 5, ''):
        try: f(a)
        except TypeError as e: print('TypeError', e)
try: ud.numeric('a')
except ValueError as e: print(e)
try: ud.decimal('\u00bd')
except ValueError as e: print(e)
try: ud.digit('x')
except ValueError as e: print(e)
samples = ['Caf\u00e9', 'Cafe\u0301', '\u212b', 'A\u030a', '\ufb01', '\u1e9b\u0323', 'x\u0323\u0307q\u0307\u0323', '\u1100\u1161\u11a8', '\uac00\u11a8', '\u00bd \u2460 \uff21\u3000', 'o\u0308\u0304', '\u0958', 'e\u0302\u0323', '\u1e0a\u0323']
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, [ud.normalize(form, s) for s in samples], [ud.is_normalized(form, s) for s in samples])
try: ud.normalize('XYZ', 'a')
except ValueError as e: print(e)
print(ud.unidata_version)
import re
print(re.sub(r'\N{EM DASH}', '-', 'a\u2014b'))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    acc = 0
    for cp in list(range(0, 0xD800, 17)) + list(range(0xE000, 0x30000, 97)):
        acc = zlib.crc32(ud.normalize(form, chr(cp)).encode('utf-8', 'surrogatepass'), acc)
    print(form, acc)
acc = 0
for cp in [x for x in range(0, 0x110000, 41) if not 0xD800 <= x < 0xE000]:
    c = chr(cp)
    acc = zlib.crc32((ud.category(c) + ud.bidirectional(c) + ud.east_asian_width(c) + str(ud.combining(c)) + ud.decomposition(c) + str(ud.numeric(c, '')) + str(ud.mirrored(c))).encode(), acc)
print('props', acc)
import random
r = random.Random(5)
pool = [chr(c) for c in [0x41, 0x61, 0x65, 0x6f, 0x300, 0x301, 0x302, 0x303, 0x308, 0x323, 0x327, 0x328, 0x31b, 0x1100, 0x1161, 0x11a8, 0xac00, 0x3099, 0x304b, 0x30ab, 0xfb01, 0x1e0a, 0x0f73, 0x0f71, 0x0f72, 0x0345, 0x3b1, 0x1f00]]
acc = 0
for i in range(300):
    s = ''.join(r.choice(pool) for _ in range(r.randint(1, 6)))
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        acc = zlib.crc32(ud.normalize(form, s).encode(), acc)
print('random', acc)

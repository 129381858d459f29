print(b"abc", b'\x00\xff', b"\n\t\r", rb"\n", br"\d", b"\101\102", b"a" b"b")
print("\x41\u00e9\U0001F600\N{BULLET}", "\101", r"\n\t", "\\", "a" "b" "c", "\a\b\f\v" == "\x07\x08\x0c\x0b")
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{GREEK SMALL LETTER ALPHA}", """triple "quoted" 'str'""")
print('''single triple''', "line1\
continued", 'it\'s', "say \"hi\"")
s = """a
b
c"""
print(s.split("\n"), len(s))
print(f"{'nested quotes'}", f'{"dq"}', f"{{}}", f"{3:{'>'}{5}}")

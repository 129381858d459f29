s = "0123456789"
cases = [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None), (2, 8, 2),
         (None, None, -1), (8, 2, -2), (-1, -11, -1), (100, None, None), (None, 100, None), (5, 2, None), (-100, 3, None), (None, None, 3), (1, -1, 4)]
for a, b, c in cases:
    print((a, b, c), repr(s[a:b:c]), repr(s[slice(a, b, c)]))
print(s[0], s[9], s[-1], s[-10])
for i in [10, -11]:
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
u = "añ😀b"
print(u[2], u[1:3], u[::-1], len(u), u.index("b"), u.find("😀"))

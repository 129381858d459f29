def g(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(g(1, 2, 3, d=4))
print(g(1, 2, c=3, d=4, e=6))
for call in [lambda: g(1, 2, 3), lambda: g(1, b=2, c=3, d=4), lambda: g(1, 2, 3, 4, d=5), lambda: g(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)

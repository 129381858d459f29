data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 8])
print(y)
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=" ")
print()
def f():
    print((z := 5), z)
f()
print((a := 1) + (a := 10) + a)
matches = [m for s in ["a1", "b", "c3"] if (m := s[1:])]
print(matches)
print(any((hit := x) > 5 for x in data), hit)

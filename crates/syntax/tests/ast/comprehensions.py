a = [x for x in y if x if z for w in x]
b = {x for x in y}
c = {k: v for k, v in d.items()}
d = (x for x in y)
e = f(x for x in y)
g = f(a, *b, c=1, **d)
h = [i async for i in a if await i]
k = (x := 1, y)
m = [y := f(x), y ** 2]
n = sum(x for x in range(10))

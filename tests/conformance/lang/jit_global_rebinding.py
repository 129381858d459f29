def f(x):
    return x + 1
total = 0
for i in range(100):
    if i == 50:
        def f(x):
            return x * 2
    total += f(i)
print(total)
factor = 1
def scaled(v):
    return v * factor
acc = 0
for i in range(40):
    if i == 20:
        factor = 10
    acc += scaled(i)
print(acc)
import builtins
n = 0
for i in range(30):
    if i == 15:
        len = lambda x: 1000
    n += len("abc")
del len
print(n, len("abc"))
def g():
    return helper()
def helper():
    return 1
s = 0
for i in range(20):
    if i == 10:
        globals()["helper"] = lambda: 7
    s += g()
print(s)

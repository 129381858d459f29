name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n!r} {name!r} {n:5} {n:<5}| {n:^7}|")
print(f"{pi:.2f} {pi:10.4f}| {pi:e} {pi:g} {pi:%}")
print(f"{n:b} {n:#o} {n:#x} {n:08b}")
print(f"{1_000_000:,} {1_000_000:_}")
print(f"{'nested'} {f'{n}'} {n * 2 + 1}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|")
print(f"{{braces}} {{{n}}}")
d = {"k": "v"}
print(f"{d['k']} {[1, 2][1]} {len(name)}")
print(f"{n=} {name = } {pi=:.2f}")
print(f"{'a' if n > 40 else 'b'}")
print(f"{(lambda x: x * 2)(4)}")
print(f"{name:>{w}}|{name:*<{w}}|")
x = 5
print(f"{x!s:>4}|{x!r:<4}|")
print(f"""multi
{name}
line""")
print(f"{3.0} {1e16} {-0.0} {float('inf')}")
print(f"{None} {True:>6} {[1, 'a']}")
print(F"upper F {n}", rf"raw {name}\n", fr"{n}\t")

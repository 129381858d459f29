class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"T({self.c})"
    def __format__(self, spec): return format(self.c, spec) + "C"
    def __len__(self): return int(self.c)
    def __contains__(self, x): return x == "heat"
    def __neg__(self): return Temp(-self.c)
    def __bool__(self): return self.c != 0
    def __hash__(self): return hash(self.c)
    def __eq__(self, o): return isinstance(o, Temp) and self.c == o.c
t = Temp(21.5)
print(f"{t:.1f}", len(t), "heat" in t, "cold" in t, -t, bool(Temp(0)), t == Temp(21.5))
print(min(Temp(3), Temp(1)), sorted([Temp(2), Temp(-1)]))
class Attrs:
    def __dir__(self): return ["b", "a"]
print(dir(Attrs()))
class Sized:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(list(Sized()), list(reversed(Sized())), 2 in Sized())
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
    def __call__(self): return "called"
with Ctx() as c:
    print(c())

class Config:
    pass
cfg = Config()
for k, v in [("host", "localhost"), ("port", 8080), ("debug", False)]:
    setattr(cfg, k, v)
print(sorted(vars(cfg).items()), getattr(cfg, "port"), getattr(cfg, "user", "anon"))
for name in ["host", "missing"]:
    print(name, hasattr(cfg, name))
delattr(cfg, "debug")
print(sorted(vars(cfg)))
class Dispatch:
    def do_add(self, a, b): return a + b
    def do_mul(self, a, b): return a * b
    def run(self, op, *args):
        fn = getattr(self, "do_" + op, None)
        return fn(*args) if fn else f"unknown op {op}"
d = Dispatch()
print(d.run("add", 2, 3), d.run("mul", 2, 3), d.run("pow", 2, 3))
print(getattr(getattr(d, "run"), "__name__"), getattr(Dispatch, "do_add")(d, 1, 1))
setattr(Dispatch, "do_sub", lambda self, a, b: a - b)
print(d.run("sub", 10, 4))

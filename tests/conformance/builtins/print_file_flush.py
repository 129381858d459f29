import sys, io
print("out1", file=sys.stdout)
print("err1", file=sys.stderr)
print("out2", file=None)
buf = io.StringIO()
print("a", "b", sep="", end="", file=buf)
print(1, 2, 3, sep="\n", file=buf)
print(repr(buf.getvalue()))
sys.stdout.write("direct\n")
print("flush kw", flush=False)
class Counter:
    n = 0
    def write(self, s): Counter.n += len(s)
    def flush(self): Counter.n += 1000
print("abc", file=Counter(), flush=True)
print(Counter.n)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)

import sys
def parse(line):
    k, v = line.split("=")
    return k.strip(), int(v)
lines = ["a = 1", "b = two"]
out = {}
for ln in lines:
    try:
        k, v = parse(ln)
    except ValueError:
        print("bad line", repr(ln), file=sys.stderr)
        out[ln.split("=")[0].strip()] = undefined_default
print(out)

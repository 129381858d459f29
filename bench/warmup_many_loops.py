# category: other
# quick: 40
# Warm-up only: many distinct short loops, each run once just past the JIT's hot
# threshold (1039 back-edges), so compiling them can never pay off. Compared with
# `--jit off` it measures what hot-loop detection, recording, optimization and
# assembly cost a program that never stays in a loop.
import sys

TEMPLATE = """
def loop_{k}(n):
    t = {k}
    x = 1
    for i in range(n):
        t = (t * {a} + i) % 1000003
        if t & {m}:
            x += t >> {s}
        else:
            x -= 1
    return t + x
"""


def main(count):
    total = 0
    for k in range(count):
        ns = {}
        exec(TEMPLATE.format(k=k, a=3 + k % 17, m=1 << (k % 5), s=1 + k % 3), ns)
        total += ns["loop_%d" % k](1100)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
print("checksum", main(n))

# `for` over iterators the recorder does not specialise (dict items, enumerate): each
# step is a helper call returning the next item or 0 at exhaustion; the guard on that
# sentinel is the loop's exit. An inner `for` over a range gets its own loop; the bridge
# from its exit runs the outer body, building the next range iterator in the trace.


def run(n):
    d = {i: i * 2 for i in range(50)}
    t = 0
    for k, v in d.items():
        t += k * v
    for i, x in enumerate(range(n)):
        t += i ^ x
    for i in range(n // 10):
        for j in range(i % 7):
            t += j
    return t


print(run(3000))

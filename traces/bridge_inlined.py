# A bridge out of a guard inside an inlined call: `step` is inlined into the loop; its
# `if` fails every fourth iteration, and the bridge starts in `step`'s frame (the
# guard's snapshot holds both frames), returns into the loop and jumps back to it.
class P:
    def __init__(self, x):
        self.x = x

    def step(self, i):
        if i % 4 == 0:
            return self.x + i
        return self.x - 1


def run(n):
    p = P(3)
    t = 0
    for i in range(n):
        t += p.step(i)
    return t


print(run(3000))

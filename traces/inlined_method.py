# A method call inlined into the loop: LOAD_METHOD guards the receiver's map and class
# version, the call guards nothing more (the function is a constant), and the callee's
# frame appears in the snapshots (`# frames 0@.. 1@..`) so a failing guard inside it
# rebuilds both frames.


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, k):
        self.total = self.total + k
        return self.total


def run(n):
    c = Counter()
    last = 0
    for i in range(n):
        last = c.add(i)
    return last


print(run(2000))

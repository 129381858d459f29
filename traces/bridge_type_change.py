# A bridge back at its loop's header with a local of another type than the loop's entry
# (`t` was a float when the loop was recorded; the bridge out of the `is not None` guard
# has it None) goes round the loop once more and jumps to the loop where `t` is a float
# again, or ends with a finish at the function's return.


class Thing:
    def __init__(self, k):
        self.k = k

    def hit(self, x):
        if (x + self.k) % 7 == 0:
            return None
        return x * 0.5 + self.k


def first_hit(things, x):
    best = 1e9
    for thing in things:
        t = thing.hit(x)
        if t is not None and t < best:
            best = t
    return best


def main():
    things = [Thing(k) for k in range(6)]
    total = 0.0
    for x in range(400):
        total += first_hit(things, x)
    print(total)


main()

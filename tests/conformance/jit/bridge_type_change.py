# A bridge that arrives back at its loop's header with a local of another type than the
# loop's entry (a float there, None here): the bridge goes round the loop again and
# closes at a later header whose types fit, or ends at the function's return.


class Thing:
    def __init__(self, k):
        self.k = k

    def hit(self, x):
        if (x + self.k) % 13 == 0 or x % 29 == 0:
            return None
        return x * 0.5 + self.k


def first_hit(things, x):
    best = None
    for thing in things:
        t = thing.hit(x)
        if t is not None and (best is None or t < best[0]):
            best = (t, thing.k)
    return best


def kinds(n):
    # t is mostly a float; now and then None, a str or an int.
    out = []
    t = 0
    for i in range(n):
        if i % 37 == 3:
            t = None
        elif i % 53 == 5:
            t = "s%d" % i
        elif i % 41 == 7:
            t = i
        else:
            t = t + 1.5 if isinstance(t, float) else 0.5
        out.append(t if i % 97 == 0 else 0)
    return out[-20:], t


def main():
    things = [Thing(k) for k in range(5)]
    total = 0.0
    misses = 0
    for x in range(3000):
        b = first_hit(things, x)
        if b is None:
            misses += 1
        else:
            total += b[0] + b[1]
    print(round(total, 6), misses)
    print(kinds(3000))


main()

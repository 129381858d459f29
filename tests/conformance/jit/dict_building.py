# Dicts built inside hot loops: literals with constant keys (BUILD_CONST_KEY_MAP, with
# more values than one helper call takes), literals with computed keys (BUILD_MAP of
# many pairs, repeated keys), dict comprehensions (MAP_ADD), keys whose hash or
# equality runs Python code, unhashable keys raising inside the loop, and `is` tests
# of ints against None.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v

    def __repr__(self):
        return "Key(%r)" % (self.v,)


def records(n):
    out = []
    for i in range(n):
        out.append({"id": i, "name": "r%d" % i, "even": i % 2 == 0})
    return out


def wide(n):
    out = []
    for i in range(n):
        d = {"a": i, "b": i + 1, "c": i + 2, "d": i + 3, "e": i + 4, "f": i + 5,
             "g": i * 2, "h": -i, "i": None}
        out.append(d)
    return out


def computed(n):
    out = []
    for i in range(n):
        k = i % 3
        d = {k: i, k + 1: i, "x" + str(k): i, k: -i, (k, 1): 0.5 * i}
        out.append(d)
    return out


def comps(n):
    total = 0
    last = None
    for i in range(n):
        sq = {j: j * j for j in range(i % 6)}
        inv = {v: k for k, v in sq.items()}
        last = (sq, inv)
        total += len(sq) + len(inv)
    return total, last


def custom_keys(n):
    out = {}
    for i in range(n):
        d = {Key(i % 4): i, Key(i % 2): -i}
        out[i % 5] = d
    return out


def unhashable(n):
    caught = 0
    for i in range(n):
        try:
            d = {[i] if i % 9 == 8 else i: i}
        except TypeError as e:
            caught += 1
            msg = str(e)
    return caught, msg


def is_tests(vals):
    five = 5
    n = 0
    for v in vals:
        if v is None:
            n += 1
        elif v is True:
            n += 10
        elif v is five:
            n += 100
        else:
            n += 1000
    return n


def main():
    r = records(300)
    print(len(r), r[0], r[-1])
    w = wide(200)
    print(w[-1], sum(len(d) for d in w))
    c = computed(150)
    print(c[-1], c[-2])
    print(comps(200))
    print(sorted(custom_keys(50).items(), key=lambda kv: kv[0]))
    print(unhashable(60))
    print(is_tests([1, 2, None, 5, True] * 40 + list(range(80))))


main()

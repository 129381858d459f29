# Sets and dicts with native keys in hot loops: `k in s`, `k not in s`, `k in d`,
# `d[k]`, `d[k] = v` and `s.add(k)` by small ints, strs and plain instances (the
# trace's direct helpers), and what those helpers leave to the interpreter: float and
# tuple keys, a missing key (KeyError), instances with their own __eq__/__hash__ that
# collide with other keys, subclasses of dict and set, frozensets, a dict whose keys a
# trace watches (globals), and a bool as a key.


class Node:
    def __init__(self, n):
        self.n = n


class Twin:
    """Equal to any Twin with the same n; hashes like the int n."""

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Twin) and other.n == self.n or other == self.n

    def __hash__(self):
        return hash(self.n)


class MyDict(dict):
    def __getitem__(self, k):
        return dict.get(self, k, -1)


class MySet(set):
    pass


def int_sets(n):
    seen = set()
    libs = set()
    hits = 0
    for i in range(n):
        k = (i * 7) % 97
        if k in seen:
            hits += 1
        else:
            seen.add(k)
        if k not in libs and k % 3 == 0:
            libs.add(k)
        flag = k in libs
        hits += flag
    return hits, len(seen), len(libs), sorted(libs)[:5]


def str_dicts(n):
    words = ["a", "bb", "ccc", "a", "dd", "bb", "eee", "f"]
    counts = {}
    for i in range(n):
        w = words[i % len(words)]
        if w in counts:
            counts[w] = counts[w] + 1
        else:
            counts[w] = 1
    return sorted(counts.items())


def instance_keys(n):
    nodes = [Node(i) for i in range(50)]
    number = {}
    for node in nodes:
        number[node] = 0
    pool = []
    for i in range(n):
        node = nodes[(i * 13) % 50]
        number[node] = number[node] + i
        if node not in pool:
            pool.append(node)
    return sum(number[x] for x in nodes), len(pool), pool[3].n


def mixed_keys(n):
    d = {1: "one", 2.0: "two", "three": 3, (4, 4): "four"}
    s = {1, 2.0, "three", (4, 4)}
    out = []
    keys = [1, 2, 2.0, "three", (4, 4), 5, True, "x"]
    for i in range(n):
        k = keys[i % len(keys)]
        out.append((k in d, k in s, k not in s))
        try:
            out.append(d[k])
        except KeyError as e:
            out.append("KeyError %r" % (e.args[0],))
    return out[-40:]


def twins(n):
    s = set()
    d = {}
    acc = 0
    for i in range(n):
        k = i % 10
        if k == 5 and i > n // 2:
            t = Twin(k)
            acc += (t in s) + (t in d)
            s.add(t)
            d[t] = "twin"
        acc += k in s
        s.add(k)
        d[k] = d.get(k, 0) if k != 5 else d[k] if k in d else 0
    return acc, len(s), sorted(str(v) for v in d.values())


def subclasses(n):
    d = MyDict(a=1)
    s = MySet([1, 2])
    f = frozenset([1, 2, 3])
    acc = 0
    for i in range(n):
        acc += d["a"] + d["zz"] + (i % 4 in s) + (i % 5 in f)
        s.add(i % 6)
        d["b"] = i
    return acc, sorted(s), d["b"]


G = 0


def watched_globals(n):
    g = globals()
    acc = 0
    for i in range(n):
        acc += G
        if i == n // 2:
            g["G"] = 10
    return acc


def main():
    print(int_sets(3000))
    print(str_dicts(3000))
    print(instance_keys(3000))
    print(mixed_keys(3000))
    print(twins(3000))
    print(subclasses(3000))
    print(watched_globals(3000))


main()

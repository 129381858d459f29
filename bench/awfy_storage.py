# category: object
# quick: 30
# Are-we-fast-yet Storage: build a tree of arrays of depth 7 (5461 nodes), GC stress.
import sys


class Random:
    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


class Storage:
    def __init__(self):
        self.count = 0

    def run(self):
        random = Random()
        self.count = 0
        self.build_tree_depth(7, random)
        return self.count

    def build_tree_depth(self, depth, random):
        self.count += 1
        if depth == 1:
            return [None] * (random.next() % 10 + 1)
        arr = [None] * 4
        for i in range(4):
            arr[i] = self.build_tree_depth(depth - 1, random)
        return arr


def main(n):
    s = Storage()
    for _ in range(n):
        r = s.run()
        if r != 5461:
            print("wrong result", r)
            return
    print("nodes", r, "iterations", n)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)

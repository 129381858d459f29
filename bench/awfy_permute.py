# category: numeric
# quick: 40
# Are-we-fast-yet Permute: recursive permutation generation by swaps (8660 calls).
import sys


class Permute:
    def __init__(self):
        self.count = 0
        self.v = None

    def run(self):
        self.count = 0
        self.v = [0] * 6
        self.permute(6)
        return self.count

    def permute(self, n):
        self.count += 1
        if n != 0:
            n1 = n - 1
            self.permute(n1)
            for i in range(n1, -1, -1):
                self.swap(n1, i)
                self.permute(n1)
                self.swap(n1, i)

    def swap(self, i, j):
        tmp = self.v[i]
        self.v[i] = self.v[j]
        self.v[j] = tmp


def main(n):
    p = Permute()
    for _ in range(n):
        r = p.run()
        if r != 8660:
            print("wrong result", r)
            return
    print("count", r, "iterations", n)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)

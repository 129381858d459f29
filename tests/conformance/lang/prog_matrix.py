"""Matrix class with operator overloading, used for a small linear algebra workout."""
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self * o
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        w = max(len(repr(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x!r:>{w}}" for x in r) + "]" for r in self.rows)
F = Matrix([[1, 1], [1, 0]])
print(F ** 10)
print((F ** 90)[0, 1])
A = Matrix([[2, -1, 0], [1, 3, 2], [0, 1, 4]])
print(A.det(), A.transpose().det(), (A * A).det() == A.det() ** 2)
print(A @ Matrix.identity(3) == A, A + A == 2 * A)
print(A * 0.5)
print(Matrix([[1, 2, 3]]) * Matrix([[4], [5], [6]]))

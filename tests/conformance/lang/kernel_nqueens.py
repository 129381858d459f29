def queens(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, d1, d2):
        if row == n:
            solutions.append(tuple(cols))
            return
        for c in range(n):
            if c in used_cols or (row - c) in d1 or (row + c) in d2:
                continue
            cols[row] = c
            used_cols.add(c); d1.add(row - c); d2.add(row + c)
            place(row + 1, used_cols, d1, d2)
            used_cols.discard(c); d1.discard(row - c); d2.discard(row + c)
    place(0, set(), set(), set())
    return solutions
for n in range(1, 8):
    s = queens(n)
    print(n, len(s), s[0] if s else None)

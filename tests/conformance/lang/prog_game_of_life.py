"""Conway's game of life on a small torus, with sets of coordinate tuples."""
def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells
def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))
glider = parse("""
.#.
..#
###
""")
rows, cols = 8, 10
cells = glider
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells, bbox rows {min(r for r, _ in cells)}-{max(r for r, _ in cells)}")
    cells = step(cells, rows, cols)
print(render(cells, rows, cols))
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
for _ in range(40):
    cells = step(cells, rows, cols)
print(sorted(cells))

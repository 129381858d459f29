stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack[-1])
while stack:
    print(stack.pop(), end=" ")
print()
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, "z")
print(queue)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)), [list(r) for r in zip(*matrix)])
flat = [x for row in matrix for x in row]
print(flat, sum(flat), flat[::-1][:3])
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))

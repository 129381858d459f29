a = [1, 2, 3]
b = [x * 2 for x in a if x != 2]
a.append(4)
print(a, b)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
copies = [list(row) for row in grid]
copies[1][1] = 9
print(grid, copies)
words = ["a", "bb", "ccc"]
lens = {w: len(w) for w in words}
words.clear()
print(words, lens)
nums = list(range(10))
nums[:] = [n for n in nums if n % 3]
print(nums)
stack = [1, 2, 3]
while stack:
    top = stack.pop()
    if top == 2:
        stack.extend([10, 20])
    print(top, end=" ")
print()

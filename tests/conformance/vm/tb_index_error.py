items = [1, 2, 3]
index = 5
print(items[index])

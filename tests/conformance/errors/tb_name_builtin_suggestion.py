values = [1, 2, 3]
print(lenn(values))

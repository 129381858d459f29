items = [3, "a", 1]
best = items[0] < items[1]

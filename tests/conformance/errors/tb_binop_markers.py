def ratio(total, count):
    scale = 1.5
    return scale * total / count + 0

values = {"total": 10, "count": 0}
print(ratio(**values))

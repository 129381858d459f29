def avg(xs):
    return sum(xs) / len(xs)
def report(groups):
    return {k: avg(v) for k, v in groups.items()}
print(report({"a": [1, 2], "b": []}))

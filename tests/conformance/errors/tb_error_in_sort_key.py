records = [{"n": 2}, {"n": 1}, {"m": 3}]
print(sorted(records[:2], key=lambda r: r["n"]))
print(sorted(records, key=lambda r: r["n"]))

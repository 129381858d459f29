names = {"a": "Ann"}
print(names.get("b").upper())

print("a" == "a", "abc" == "ab" + "c", "A" != "a")
print(sorted(["b", "a", "B", "A", "_", "1", " ", "é", "z"]))
print(sorted(["apple", "Apple", "APPLE", "apples", "app"]))
print(max(["x", "xy", "w"]), min(["x", "xy", "w"]))
print("abc" < "abd" < "b" < "ba", "Z" < "a", "\x00" < "\x01")
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""))
d = {"k": 1}
print(d["k"], "k" in d, ("k" + "") in d)
print(len({"a", "b", "a"}), sorted({"z", "a", "m"}))

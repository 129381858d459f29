import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "str"}))
print(json.dumps([1, "two", {"x": None}]), json.dumps("é\n\"q\""), json.dumps("é", ensure_ascii=False))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
print(json.dumps({"a": [1, {"b": 2}]}, indent=2))
print(json.dumps([1, 2], indent=0), json.dumps({"a": 1}, separators=(",", ":")), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(10**20))
print(json.dumps((1, 2)), json.dumps("\u2603\U0001F600"), json.dumps("\x00\x1f\t"))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"k": "v"}, indent="\t"))

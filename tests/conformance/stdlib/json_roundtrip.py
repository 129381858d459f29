import json
samples = [0, -1, 1.5, 1e100, "", "text", "quote\"back\\", [], {}, [1, [2, [3]]], {"a": {"b": {"c": None}}},
           True, False, None, "ünïcödé", "\u0000\u001f", 10 ** 30, -0.0, 0.1 + 0.2]
for s in samples:
    text = json.dumps(s)
    back = json.loads(text)
    print(text, back == s, type(back).__name__)
print(json.dumps(samples, ensure_ascii=False)[:60])
print(json.loads(json.dumps({"k": (1, 2)})), json.loads(json.dumps({1: 2})))

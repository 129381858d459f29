import json
print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "s"}'))
print(json.loads("[]"), json.loads("3"), json.loads("3.0"), json.loads('"\\u00e9\\n"'), json.loads("null"), json.loads(" 1e3 "))
print(json.loads('{"a": {"b": {"c": [1, [2, [3]]]}}}')["a"]["b"]["c"][1][1])
print(json.loads('{"a": 1, "a": 2}'), json.loads("-0"), json.loads("12345678901234567890"), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", "tru", '{"a" 1}', "[1] x", "NaN1"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__ + ":", e, "|", e.pos, e.lineno, e.colno)
print(json.loads("NaN"), json.loads("Infinity"), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
data = {"name": "coil", "version": [0, 1], "nested": {"ok": True, "ratio": 0.25}}
print(json.loads(json.dumps(data)) == data)
print(json.loads("1.5", parse_float=lambda s: "float:" + s), isinstance(json.JSONDecodeError("m", "d", 0), ValueError))

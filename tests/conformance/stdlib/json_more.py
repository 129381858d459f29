import json
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, cls=Encoder))
try:
    json.dumps(object(), cls=Encoder)
except TypeError as e:
    print(type(e).__name__, str(e).split(" is not")[0].startswith("Object of type"))
print(json.dumps([1, [2, [3, {}]]], indent=1))
print(json.dumps({"a": 1, "b": 2}, indent=2, sort_keys=True, separators=(",", ": ")))
print(json.loads('[1, 2]', object_pairs_hook=None), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda ps: ps))
s = json.dumps({"text": "line1\nline2\ttab \"quoted\" back\\slash /slash"})
print(s, json.loads(s)["text"])
print(json.dumps(3.0), json.dumps(1.5e300), json.dumps(1e-7), json.dumps(True), json.dumps(None), json.dumps("é☃"))
print(json.dumps({"z": [], "y": {}, "x": [{}]}, indent=2))
print(json.loads('  {"k" : [ 1 , 2 ] }  '), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'))

"""A recursive pretty printer for nested data, compared with repr."""
def pretty(v, indent=0, step=2):
    pad = " " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(f"{pad}{' ' * step}{k!r}: {pretty(x, indent + step)}" for k, x in v.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        open_, close = ("[", "]") if isinstance(v, list) else ("(", ")")
        if not v:
            return open_ + close
        if all(isinstance(x, (int, float, str, bool, type(None))) for x in v) and len(repr(v)) < 40:
            return repr(v)
        inner = ",\n".join(pad + " " * step + pretty(x, indent + step) for x in v)
        trail = "," if isinstance(v, tuple) and len(v) == 1 else ""
        return open_ + "\n" + inner + trail + "\n" + pad + close
    return repr(v)
data = {
    "name": "coil",
    "tags": ["jit", "python", "rust"],
    "stats": {"loops": 12, "ratio": 0.75, "ok": True, "none": None},
    "matrix": [[1, 2], [3, 4], []],
    "nested": {"deeper": {"deepest": [{"a": 1}, (1,), ()]}},
    "long": list(range(20)),
    "empty": {},
}
print(pretty(data))
print(repr(data) == str(data))
print(eval(repr(data)) == data if False else len(repr(data)))

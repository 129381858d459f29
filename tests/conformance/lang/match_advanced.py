def describe(obj):
    match obj:
        case {"kind": "circle", "r": r} if r > 0:
            return f"circle r={r}"
        case {"kind": "rect", "w": w, "h": h} if w == h:
            return f"square {w}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case [int() | float() as x, int() | float() as y]:
            return f"point {x},{y}"
        case [str() as head, *tail] if tail:
            return f"command {head} args={tail}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case int(n) if n < 0:
            return "negative"
        case str(s) if len(s) > 3:
            return "long string"
        case {"kind": kind}:
            return f"unknown kind {kind}"
        case None:
            return "nothing"
        case _:
            return f"fallback {obj!r}"
for o in [{"kind": "circle", "r": 2}, {"kind": "circle", "r": 0}, {"kind": "rect", "w": 3, "h": 3},
          {"kind": "rect", "w": 2, "h": 5}, [1, 2.5], ["go", "north"], ["stop"], 2, -7, "hello", "hi", None, {}, 3.5]:
    print(describe(o))
def eval_expr(e):
    match e:
        case ("num", v):
            return v
        case ("add", l, r):
            return eval_expr(l) + eval_expr(r)
        case ("mul", l, r):
            return eval_expr(l) * eval_expr(r)
        case ("neg", x):
            return -eval_expr(x)
    raise ValueError(f"bad expr {e!r}")
print(eval_expr(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
try:
    eval_expr(("pow", 1, 2))
except ValueError as e:
    print(e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
x = 5
match x:
    case 1:
        pass
print("no case matched is fine")

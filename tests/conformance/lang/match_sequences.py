def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [1, *mid, 9]:
            return f"1..9 mid={mid}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case _:
            return "other"
for v in [[], [5], (1, 2), [1, 2, 3], [1, 4, 5, 9], [1, 2, 3, 4, 5], "ab", range(2), {1: 2}, [0, 0, 0, 0]]:
    print(repr(v), m(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)

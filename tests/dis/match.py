match s:
    case [a, *_]:
        pass
    case [*_]:
        pass
    case [_, *r, b]:
        pass
    case {"k": v, **rest}:
        pass
    case Point(1, y=z) | Q(z):
        pass
    case (1 | 2) as w if w > 0:
        pass
    case _:
        pass


def describe(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return direction
        case ["drop", *objects] if objects:
            return objects
        case {"x": 0, "y": y} | {"y": y, "x": 1}:
            return y
        case True | None:
            return "singleton"
        case _:
            return None

match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", ("north" | "south") as direction]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"x": 1, "y": y, **rest}:
        pass
    case [1, *_] | (2, *others) | []:
        pass
    case -1 | 1.5 | -2 + 3j | "s" "t" | b"" | None | True | a.b.c:
        pass
    case x if x > 0:
        pass
    case _:
        pass
match a, *b:
    case 1, 2:
        pass
match = 1
match(x)
case = [match]

# Traced helper paths of object programs: `list * n` (h_list_repeat), native methods of
# builtin types called directly (h_call_native, also on subclass instances and unbound),
# and globals read by lookup once a module keeps rebinding one of them (h_global_at,
# read once per trace until a call may rebind them).


class Counter:
    def __init__(self):
        self.n = 0


planner = Counter()
LIMIT = 7
SCALE = 3


def repeats(n):
    total = 0
    for i in range(n):
        row = [None] * (i % 5)
        grid = [i, -i] * (i % 3)
        neg = [1] * (i % 4 - 2)
        total += len(row) + len(grid) + len(neg) + (grid[-1] if grid else 0)
    return total


class MyList(list):
    pass


class MySet(set):
    pass


def natives(n):
    s = set()
    ms = MySet()
    ml = MyList()
    words = []
    for i in range(n):
        s.add(i % 17)
        ms.add(i % 5)
        ml.append(i)
        list.append(ml, -i)
        words.append("w%d" % (i % 3))
        if i % 50 == 49:
            s.discard(3)
            set.discard(ms, 2)
    try:
        list.append(s, 1)
    except TypeError as e:
        print("TypeError", e)
    return len(s), sorted(ms), len(ml), sum(ml), words.count("w1"), "-".join(words[:5])


def rebind():
    global planner
    planner = Counter()


def bump():
    planner.n += SCALE


def globals_loop(n):
    total = 0
    for i in range(n):
        bump()
        total += planner.n + LIMIT
        if i % 10 == 0:
            rebind()
        total += planner.n * SCALE + LIMIT
    return total


def change_limit():
    global LIMIT
    LIMIT += 1


def globals_changed_by_call(n):
    total = 0
    for i in range(n):
        a = LIMIT
        if i % 97 == 0:
            change_limit()
        b = LIMIT
        total += a * 1000 + b
        rebind()
    return total


print(repeats(3000))
print(natives(3000))
print(globals_loop(3000))
print(globals_changed_by_call(3000), LIMIT)

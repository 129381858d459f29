# Dict literals in a loop: constant keys (BUILD_CONST_KEY_MAP: h_dict_fill, chained for
# more than four values) and a dict comprehension (MAP_ADD through h_setitem). The
# helpers that fill a dict with constant builtin keys run no Python code (EF=write):
# the global `SCALE` is read after them without a second version guard.
SCALE = 3


def build(n):
    out = []
    for i in range(n):
        d = {"a": i, "b": i * SCALE, "c": 1, "d": 2, "e": i + SCALE}
        out.append(d)
    return out


def squares(n):
    t = 0
    for i in range(n):
        t += len({j: j * j for j in range(i % 3)})
    return t


print(len(build(300)), build(3)[-1], squares(300))

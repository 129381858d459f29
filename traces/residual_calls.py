# Helper calls into the VM: a dict subscript by a str (`h_dict_getitem_native`, whose
# guard leaves before the subscript when the key is missing: the interpreter raises the
# KeyError), a str method and a builtin (`h_call` + `guard_no_exception`); results are
# unboxed at the next instruction, guarded there (after the call, never re-running it).
# `isinstance` with a constant class and `math.sqrt` are in-line.
import math


def run(n):
    d = {"a": 1, "b": 2, "c": 3}
    names = ["a", "b", "c", "d"]
    total = 0
    missing = 0
    roots = 0.0
    for i in range(n):
        k = names[i & 3]
        try:
            total += d[k]
        except KeyError:
            missing += 1
        if isinstance(k, str):
            total += len(k.upper())
        roots += math.sqrt(i)
    return total, missing, round(roots, 3)


print(run(3000))

# Operations the recorder does not specialise become helper calls into the VM: a dict
# subscript (`call_r h_getitem` + `guard_no_exception`, whose exit raises KeyError at the
# subscript), a str method and a builtin; their results are unboxed at the next
# instruction, guarded there (after the call, never re-running it). `isinstance` with a
# constant class and `math.sqrt` are in-line.
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

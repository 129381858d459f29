# A recursive closure: its function trace starts before COPY_FREE_VARS, so the cell of
# `base` is one of the trace's inputs (filled from the function's closure by whoever
# enters the trace) and LOAD_DEREF reads it; the recursive calls are call_assembler
# calls of the same trace.


def make(base):
    def walk(n):
        if n < 2:
            return base
        return walk(n - 1) + walk(n - 2)

    return walk


print(make(1)(18), make(2)(15))

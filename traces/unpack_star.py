# Starred unpacking of a tuple (UNPACK_EX): the length is guarded, the first and last
# items are read and untagged in the trace, the middle becomes a new list through the
# VM's list builder (a helper call); a `for` over a generator resumes it through
# `iter_next` each step, and the truth of a set reads its table's `used` count.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def run(n):
    t = (1, 2, 3, 4)
    seen = {0}
    acc = 0
    for i in range(n):
        first, *mid, last = t
        acc += first + len(mid) + last
        if seen:
            acc += 1
    for x in count(n):
        acc += x & 7
    return acc


print(run(3000))

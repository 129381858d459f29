# Sets and dicts keyed by small ints (go's liberties, havlak's numbering): `k in s`,
# `s.add(k)`, `d[k]` and `d[k] = v` are one direct helper call each, declared to run no
# Python code (EF=readonly for lookups, EF=write for stores), each followed by the guard
# that leaves before the instruction when the helper did not handle it; `k in s` feeds
# the branch as a 0/1 int.


def run(n):
    seen = set()
    count = {}
    t = 0
    for i in range(n):
        k = (i * 7) % 61
        if k not in seen:
            seen.add(k)
            count[k] = 0
        count[k] = count[k] + 1
        t += k
    return t, len(seen), count[3]


print(run(3000))

# Closures whose own code gets traces: function traces and entry traces of functions
# with free variables (the cells are read from the frame, so two closures of one code
# share its traces), closures called from other traces (call_assembler), recursive
# closures, and closures whose cells are rebound while their traces run.


def make_counter(step):
    total = 0

    def bump(n):
        nonlocal total
        for i in range(n):
            total += step + i % 3
        return total

    return bump


def make_recursive(k):
    def f(n):
        if n < 2:
            return n + k
        return f(n - 1) + f(n - 2) - k

    return f


def make_adder(a):
    def add(x):
        return x + a
    return add


def driver(fs, rounds):
    acc = 0
    for r in range(rounds):
        for f in fs:
            acc += f(r % 7)
    return acc


def main():
    # One code, two closures: the entry trace must read each one's cell.
    c1 = make_counter(1)
    c2 = make_counter(100)
    out = []
    for r in range(60):
        out.append(c1(5))
        out.append(c2(3))
    print(out[-4:], sum(out))

    # Recursive closures (function traces, call_assembler on itself).
    for k in (0, 1, 5):
        f = make_recursive(k)
        print(k, [f(n) for n in range(12)])

    # Closures called from a hot loop of another function.
    adders = [make_adder(a) for a in (1, 2, 3, 10**20, 0.5)]
    print(driver(adders, 200))

    # A cell rebound between calls: the trace reads it every time.
    scale = 1

    def scaled(x):
        return x * scale

    res = 0
    for i in range(300):
        if i == 150:
            scale = 3
        if i == 250:
            scale = 2
            res = str(res)
        res = res + scaled(i) if i < 250 else res + scaled("x")[:1]
    print(res[-20:], len(res))

    # Closure with both cell and free variables, hot enough for its own trace.
    def outer(n):
        seen = []

        def note(x):
            seen.append(x * n)
            return len(seen)

        t = 0
        for i in range(n):
            t += note(i)
        return t, seen[-1] if seen else None

    print([outer(n) for n in range(0, 40, 7)])


main()

# Recursive functions that get hot enough for function traces and residual calls:
# deep recursion, exceptions raised at depth and caught at various levels, generators and
# closures called recursively, functions with loops called from hot loops.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth_sum(n, acc):
    if n == 0:
        return acc
    return depth_sum(n - 1, acc + n)


class Boom(Exception):
    pass


def raise_at(n, at):
    if n == at:
        raise Boom("boom at %d" % n)
    return raise_at(n + 1, at) + 1


def catch_mid(n):
    try:
        return raise_at(0, n)
    except Boom as e:
        return str(e)


def hanoi(n, a, b, c, moves):
    if n == 0:
        return 0
    k = hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    return k + 1 + hanoi(n - 1, b, a, c, moves)


def gen_tree(n):
    if n > 0:
        yield from gen_tree(n - 1)
        yield n
        yield from gen_tree(n - 1)


def make_counter():
    count = [0]

    def walk(n):
        count[0] += 1
        if n > 0:
            walk(n - 1)
            walk(n - 2)

    return walk, count


def with_loop(xs):
    t = 0
    for x in xs:
        t += x * x
    return t


def calls_with_loop(n):
    total = 0
    for i in range(n):
        total += with_loop([i, i + 1, i + 2])
    return total


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def mixed(n):
    # Changes the type of its result at depth: guards fail inside nested traces.
    if n == 0:
        return 0.5
    if n % 7 == 3:
        return mixed(n - 1) + 1.0
    return mixed(n - 1) + 1


print(fib(22))
print(depth_sum(900, 0))
for at in (5, 50, 400):
    print(catch_mid(at))
moves = []
print(hanoi(12, "a", "b", "c", moves), len(moves), moves[:3], moves[-2:])
print(sum(gen_tree(12)), list(gen_tree(3)))
walk, count = make_counter()
walk(18)
print(count[0])
print(calls_with_loop(3000))
print(ackermann(2, 300))
print([mixed(k) for k in range(0, 300, 37)])
total = 0
for i in range(3000):
    total += fib(i % 12)
print(total)

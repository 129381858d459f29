# A branch that goes both ways: the loop is traced through the `else` side; the guard
# on `i % 3 == 0` fails every third iteration, becomes hot, and grows a bridge that runs
# the `if` side and jumps back to the loop's first label.
def f(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
        else:
            total -= 1
    return total


print(f(3000))

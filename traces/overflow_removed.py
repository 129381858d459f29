# `i < n` bounds i, so intbounds removes the overflow check of `i + 1`.
def count(n):
    i = 0
    acc = 0
    while i < n:
        acc = acc ^ i
        i = i + 1
    return acc


print(count(3000))

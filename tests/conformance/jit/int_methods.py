# Methods of ints in hot loops: bit_length (a helper call in the trace), bit_count,
# to_bytes, __index__, conjugate on small ints, negative ints, zero, and 50-bit masks
# as meteor's solver uses them; a bool receiver and an int subclass leave the trace.


def lowest_bit_index(mask):
    return (mask & -mask).bit_length() - 1


class MyInt(int):
    pass


def run(n):
    total = 0
    full = (1 << 50) - 1
    board = 0
    for i in range(n):
        m = (i * 2654435761) & full
        total += lowest_bit_index(m) if m else -1
        total += i.bit_length() + (i - n // 2).bit_length() + (-i).bit_length()
        total += m.bit_count() + (i % 65521).to_bytes(2, "big")[1]
        total += i.__index__() - i.conjugate()
        board |= 1 << (i % 50)
        if board == full:
            total += lowest_bit_index(~board & full)
            board = 0
        if i % 97 == 0:
            total += True.bit_length() + MyInt(i).bit_length()
    return total


print(run(3000))
print(run(50))
print((0).bit_length(), (-1).bit_length(), ((1 << 62) - 1).bit_length(), (1 << 62).bit_length())
print((-(1 << 63)).bit_length(), (2**100).bit_length())

vals = [0, 1, -1, 5, -5, 2**63, -(2**63), 2**64 - 1, -(2**70) + 3, 12345678901234567890]
for a in vals[:6]:
    for b in vals[4:]:
        print(a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, v >> 3, v << 5, -v, abs(v), v.bit_length())
print((2**100 - 1) & (2**64), (-(2**100)) >> 99, (-1) >> 1000, 1 << 200 >> 199)

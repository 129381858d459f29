# int.to_bytes / int.from_bytes: ranges, signs, byte orders, and a large value (linear time).
for v in [0, 1, 255, 256, 65535, -1, -128, -129, 2**64 + 5, -(2**70), 12345678901234567890]:
    for n in (1, 2, 9, 12):
        for order in ('big', 'little'):
            for signed in (False, True):
                try:
                    b = v.to_bytes(n, order, signed=signed)
                    print(v, n, order, signed, b, int.from_bytes(b, order, signed=signed))
                except OverflowError as e:
                    print(v, n, order, signed, 'OverflowError', e)
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(b'\xff\x00', 'big', signed=True))
print((0).to_bytes(0, 'big'), (5).to_bytes(), int.from_bytes(bytearray(b'\x01\x00'), 'big'))
big = bytes(range(256)) * 400
x = int.from_bytes(big, 'little')
print(x.bit_length(), x % 1000003, x.to_bytes(len(big), 'little') == big, x.to_bytes(len(big) + 3, 'big')[:6])
y = int.from_bytes(big, 'big', signed=True)
print(y < 0, y.to_bytes(len(big), 'big', signed=True) == big)

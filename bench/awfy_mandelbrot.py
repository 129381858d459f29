# category: numeric
# quick: 150
# Are-we-fast-yet Mandelbrot: bit-packed escape-time set, xor checksum of the bytes.
import sys


def mandelbrot(size):
    total = 0
    bit_num = 0
    byte_acc = 0
    for y in range(size):
        ci = (2.0 * y / size) - 1.0
        for x in range(size):
            zr = 0.0
            zrzr = 0.0
            zi = 0.0
            zizi = 0.0
            cr = (2.0 * x / size) - 1.5
            z = 50
            not_done = True
            escape = 0
            while not_done and z > 0:
                zr = zrzr - zizi + cr
                zi = 2.0 * zr * zi + ci
                zrzr = zr * zr
                zizi = zi * zi
                if zrzr + zizi > 4.0:
                    not_done = False
                    escape = 1
                z -= 1
            byte_acc = (byte_acc << 1) + escape
            bit_num += 1
            if bit_num == 8:
                total ^= byte_acc
                bit_num = 0
                byte_acc = 0
            elif x == size - 1:
                byte_acc <<= 8 - bit_num
                total ^= byte_acc
                bit_num = 0
                byte_acc = 0
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
print("checksum", mandelbrot(n))

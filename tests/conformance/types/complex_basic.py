z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate())
print(z * z, z / (1 - 1j), z + 1, z - 2j, -z, z ** 2)
print(complex(1, 2), complex("1+2j"), complex(3), 1j * 1j, repr(0j), repr(-0j), complex(-0.0, -0.0))
print(1j == complex(0, 1), (1 + 0j) == 1, hash(1 + 0j) == hash(1))
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    z // 2
except TypeError as e:
    print(type(e).__name__, e)
print(format(z, ".2f"), f"{1.5 - 2.25j}", str(complex(1e20, 1e-5)))

z = complex(1, -1)
print(z, z * 1j, z / 2, abs(complex(3, 4)), z ** 2, z.conjugate(), -z, +z)
print(complex("2"), complex("-1.5j"), complex(" (1+2j) "), complex(1.5), complex(2, 0), complex(0, 0) == 0)
print(repr(1j), repr(complex(1, 0)), repr(complex(-0.0, 1)), repr(complex(1e20, -1e-20)), repr(complex(float("inf"), float("nan"))))
print(1j ** 2, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (2 + 0j) ** 0.5, pow(1j, 3))
print(hash(complex(1, 0)) == hash(1), (1 + 0j) == 1.0, 1j != 1, complex(1, 2).real, complex(1, 2).imag)
try:
    complex("1+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1j % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(f"{1+2j}", f"{1.5-0.5j:.2f}", format(3j, "^10"), str(complex(-1, -1)))

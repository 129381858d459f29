# array: typed storage, range checks, sequence protocol, bytes round trips, errors.
from array import array, typecodes

print(typecodes)
a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a.tolist(), list(reversed(a)), 3 in a)
a[1] = 10
del a[2]
print(a, a.pop(), a.pop(0), a, a.index(4), a.count(4))
a.remove(4)
a.reverse()
print(a, a * 2, 2 * a, a + array('i', [7]), a == array('i', a.tolist()), a < array('i', [99]))
a[1:3] = array('i', [8, 8, 8])
print(a, a.typecode, a.itemsize)
print(array('d', [1, 2.5]), array('f', [0.1]), array('b', b'\x01\xff'), array('B', range(5)))
print(array('h', [1, -2]).tobytes(), array('q', [-1]).tobytes(), array('d', [0.5]).tobytes())
b = array('H')
b.frombytes(b'\x01\x00\x02\x00')
print(b, repr(array('l')), [x * 2 for x in array('Q', [2**64 - 1])])
c = array('i', [1])
c += array('i', [2])
c *= 2
print(c, sum(array('d', [0.25] * 4)), array('u', 'hi'), array('u', 'hi').tounicode())
tests = [('b', [300]), ('b', [-300]), ('B', [300]), ('B', [-1]), ('h', [2**15]), ('H', [-1]),
         ('H', [2**16]), ('i', [2**31]), ('I', [-1]), ('I', [2**32]), ('l', [2**63]), ('L', [2**64]),
         ('q', [2**63]), ('Q', [-1]), ('Q', [2**64]), ('i', [1.5]), ('d', ['x'])]
for t, v in tests:
    try:
        print(t, array(t, v))
    except (OverflowError, TypeError) as e:
        print(t, type(e).__name__, e)
for f in [lambda: array('z'), lambda: a[50], lambda: a.__setitem__(50, 1), lambda: a.append('x'),
          lambda: a + array('d'), lambda: array('i').frombytes(b'123'), lambda: a.index(99),
          lambda: a.remove(99), lambda: array('i').pop(), lambda: a.extend(array('d', [1.0])),
          lambda: array('i', 'abc')]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

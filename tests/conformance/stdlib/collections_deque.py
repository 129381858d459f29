from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), 8 in d)
d.remove(7); d.reverse(); print(d)
d.insert(1, "x"); print(d)
b = deque(maxlen=3)
for i in range(5):
    b.append(i)
print(b, b.maxlen)
b.appendleft(-1); print(b)
print(deque("abc"), deque(), deque(range(3), 2), list(reversed(deque([1, 2]))))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
c = d.copy(); c.clear(); print(c, d == deque(d), deque([1]) + deque([2]), deque([1]) * 2)
d2 = deque([1, 2, 3]); d2[1] = 20; del d2[0]; print(d2)

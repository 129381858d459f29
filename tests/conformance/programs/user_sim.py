import random, math, statistics
from collections import deque, namedtuple
random.seed(2024)
Event = namedtuple("Event", "time kind cust")
# bank queue simulation
import heapq
events = []
t = 0.0
for i in range(30):
    t += random.expovariate(1 / 2.0)
    heapq.heappush(events, Event(round(t, 3), "arrive", i))
queue = deque(); busy_until = 0.0; waits = []; served = 0
while events:
    ev = heapq.heappop(events)
    if ev.kind == "arrive":
        if busy_until <= ev.time and not queue:
            service = random.uniform(1, 3)
            busy_until = ev.time + service
            heapq.heappush(events, Event(round(busy_until, 3), "depart", ev.cust)); waits.append(0.0)
        else:
            queue.append(ev)
    else:
        served += 1
        if queue:
            nxt = queue.popleft(); waits.append(ev.time - nxt.time)
            busy_until = ev.time + random.uniform(1, 3)
            heapq.heappush(events, Event(round(busy_until, 3), "depart", nxt.cust))
print(served, len(waits), f"{statistics.mean(waits):.4f}", f"{max(waits):.3f}", f"{statistics.median(waits):.4f}")
# random walk + monte carlo pi
pos = [0, 0]
for _ in range(1000):
    dx, dy = random.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
    pos[0] += dx; pos[1] += dy
print(pos, math.hypot(*pos))
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, 4 * inside / 20000)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.sample(deck, 3), random.choices(deck, k=2))
print([round(random.gauss(100, 15), 2) for _ in range(3)], random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.gammavariate(2, 3))
state = random.getstate(); a = random.random(); random.setstate(state); print(a == random.random())
print(random.randbytes(6).hex(), random.randrange(10**30), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "n/a")
rng = random.Random("seed-string"); print(rng.random(), rng.randint(1, 6))
rng2 = random.Random(3.5); print(rng2.random())
rng3 = random.Random(b"bytes"); print(rng3.random())

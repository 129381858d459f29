"""A deterministic queue simulation using a seeded random generator and a heap of events."""
import heapq
import random
rng = random.Random(7)
events = []
t = 0.0
for cid in range(12):
    t += round(rng.expovariate(1.0), 3)
    heapq.heappush(events, (round(t, 3), 0, "arrive", cid))
tellers = [0.0, 0.0]
waits = []
log = []
while events:
    time, _, kind, cid = heapq.heappop(events)
    if kind == "arrive":
        idx = min(range(len(tellers)), key=lambda i: (tellers[i], i))
        start = max(time, tellers[idx])
        service = round(rng.uniform(0.5, 2.5), 3)
        tellers[idx] = round(start + service, 3)
        waits.append(round(start - time, 3))
        heapq.heappush(events, (tellers[idx], 1, "leave", cid))
        log.append(f"{time:7.3f} arrive c{cid:02d} -> teller {idx} start {start:7.3f} svc {service:.3f}")
    else:
        log.append(f"{time:7.3f} leave  c{cid:02d}")
print("\n".join(log))
print(f"customers {len(waits)}, max wait {max(waits):.3f}, avg wait {sum(waits) / len(waits):.4f}")
print("busy until", tellers)

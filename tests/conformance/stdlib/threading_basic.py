"""threading: worker threads started and joined, results collected under a
lock; a queue-fed producer/consumer done in sequence; RLock, Event, Condition
with timeouts, Semaphore, local, Timer, Thread subclasses."""
import threading
import queue

results = []
lock = threading.Lock()


def worker(n):
    total = sum(i * i for i in range(n))
    with lock:
        results.append((n, total))


threads = [threading.Thread(target=worker, args=(n,)) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count())

q = queue.Queue()


def producer():
    for i in range(5):
        q.put(i)
    q.put(None)


consumed = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        consumed.append(item * 10)


p = threading.Thread(target=producer, name='producer')
p.start()
p.join()
c = threading.Thread(target=consumer, name='consumer', daemon=True)
c.start()
c.join()
print(consumed, p.name, c.name, c.daemon)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.count = 0

    def run(self):
        for _ in range(self.n):
            self.count += 1


cs = [Counter(n) for n in (3, 5)]
for t in cs:
    t.start()
for t in cs:
    t.join()
print([t.count for t in cs])

r = threading.RLock()
with r:
    with r:
        print('reentrant ok')
ev = threading.Event()
print(ev.is_set(), ev.wait(0.001))
ev.set()
print(ev.wait(), ev.is_set())
cond = threading.Condition()
with cond:
    print(cond.wait(0.001), cond.wait_for(lambda: 'ready', 0.001))
    cond.notify_all()
sem = threading.BoundedSemaphore(2)
with sem:
    print(sem.acquire(blocking=False), sem.acquire(blocking=False))
    sem.release()
try:
    sem.release()
    sem.release()
except ValueError as e:
    print('ValueError', e)
data = threading.local()
data.value = 'main'
print(data.value)
fired = []
timer = threading.Timer(0.001, fired.append, args=['tick'])
timer.start()
timer.join()
print(fired)
try:
    threads[0].start()
except RuntimeError as e:
    print('RuntimeError', e)
lk = threading.Lock()
print(lk.acquire(), lk.acquire(blocking=False), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print('RuntimeError', e)

# _thread's low-level API (coil runs a started function before start_new_thread returns).
import _thread

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.release(), lock.locked())
print(lock.acquire(False), lock.acquire(False), lock.acquire(timeout=0))
lock.release()
done = _thread.allocate_lock()
done.acquire()
results = []


def worker(n, lk):
    results.append(n * n)
    lk.release()


ident = _thread.start_new_thread(worker, (7, done))
with done:
    print(results, type(ident).__name__)
print(type(_thread.get_ident()).__name__, _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 0)
with _thread.RLock() as r:
    print('rlock held')
try:
    _thread.start_new_thread(worker, [1])
except TypeError as e:
    print('TypeError', e)
print(isinstance(lock, _thread.LockType))

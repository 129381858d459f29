# multiprocessing and concurrent.futures: results, their order and errors (the parts of
# the API whose output does not depend on scheduling).
import multiprocessing as mp
from multiprocessing import Pool, cpu_count
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor, as_completed,
                                wait, Future, CancelledError)


def sq(x):
    return x * x


def add(a, b):
    return a + b


def bad(x):
    raise ValueError('bad %d' % x)


if __name__ == '__main__':
    print(cpu_count() >= 1, mp.current_process().name)
    with Pool(4) as p:
        print(p.map(sq, range(10)))
        print(p.map(sq, range(10), chunksize=3))
        print(list(p.imap(sq, range(5))))
        print(sorted(p.imap_unordered(sq, range(5))))
        print(p.starmap(add, [(1, 2), (3, 4)]))
        r = p.apply_async(add, (5, 6))
        print(r.get(), r.ready(), r.successful())
        print(p.apply(add, (1,), {'b': 2}))
        r = p.apply_async(bad, (1,))
        try:
            r.get()
        except ValueError as e:
            print('err', e)
        try:
            p.map(bad, [7])
        except ValueError as e:
            print('err', e)
        print(p.map_async(sq, [1, 2]).get(), p.starmap_async(add, [(1, 1)]).get())
        got = []
        p.apply_async(sq, (9,), callback=got.append).wait()
        print(got)
    p = mp.Pool(2)
    p.close()
    p.join()
    try:
        p.map(sq, [1])
    except ValueError as e:
        print(e)
    q = mp.Queue()
    pr = mp.Process(target=q.put, args=(42,))
    print(pr.exitcode)
    pr.start()
    pr.join()
    print(q.get(), pr.exitcode, pr.is_alive())
    v = mp.Value('i', 3)
    with v.get_lock():
        v.value += 1
    print(v.value, list(mp.Array('d', 3)))

    with ProcessPoolExecutor() as ex:
        print(list(ex.map(sq, range(6))))
        print(list(ex.map(add, range(3), range(10, 13))))
        fs = [ex.submit(sq, i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(fs)))
        f = ex.submit(bad, 3)
        print(type(f.exception()).__name__)
        try:
            f.result()
        except ValueError as e:
            print('ValueError', e)
        d, nd = wait(fs)
        print(len(d), len(nd))
    with ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(pow, [2, 3], [3, 2])))
        print(ex.submit(sum, [1, 2, 3]).result())
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print(e)
    f = Future()
    print(f.done(), f.cancel(), f.cancelled())
    try:
        f.result()
    except CancelledError:
        print('cancelled')
    f = Future()
    f.set_result(5)
    print(f.done(), f.result(), repr(f).split(' state=')[1])
    it = ThreadPoolExecutor().map(bad, [1])
    try:
        next(it)
    except ValueError as e:
        print('map err', e)

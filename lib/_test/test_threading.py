"""threading: the single-thread subset (locks, conditions, semaphores,
events, barriers of one, threads started then joined, local) against
CPython's real threads, on programs whose output does not depend on
interleaving."""


def run(t):
    def locks(m):
        lk = m.Lock()
        out = [lk.locked(), lk.acquire(), lk.locked(), lk.acquire(False),
               lk.acquire(timeout=0.01)]
        lk.release()
        out.append(lk.locked())
        with lk:
            out.append(lk.locked())
        out.append(lk.locked())
        try:
            lk.release()
        except RuntimeError as e:
            out.append(str(e))
        try:
            lk.acquire(False, 1)
        except ValueError as e:
            out.append(str(e))
        return out
    t.same('Lock', locks)

    def rlocks(m):
        r = m.RLock()
        out = [r.acquire(), r.acquire(), r.acquire(blocking=False)]
        r.release()
        r.release()
        r.release()
        try:
            r.release()
        except RuntimeError as e:
            out.append(str(e))
        with r:
            with r:
                out.append('nested')
        return out
    t.same('RLock', rlocks)

    def conditions(m):
        c = m.Condition()
        out = []
        try:
            c.notify()
        except RuntimeError as e:
            out.append(str(e))
        try:
            c.wait(0)
        except RuntimeError as e:
            out.append(str(e))
        with c:
            c.notify()
            c.notify_all()
            out.append(c.wait(0.01))
            out.append(c.wait_for(lambda: 42, 0.01))
            out.append(c.wait_for(lambda: 0, 0.01))
        c2 = m.Condition(m.Lock())
        with c2:
            c2.notify()
        return out
    t.same('Condition', conditions)

    def semaphores(m):
        s = m.Semaphore(2)
        out = [s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01)]
        s.release(2)
        with s:
            out.append('in')
        b = m.BoundedSemaphore(1)
        b.acquire()
        b.release()
        try:
            b.release()
        except ValueError as e:
            out.append(str(e))
        try:
            m.Semaphore(-1)
        except ValueError as e:
            out.append(str(e))
        return out
    t.same('Semaphore', semaphores)

    def events(m):
        e = m.Event()
        out = [e.is_set(), e.wait(0.01)]
        e.set()
        out += [e.is_set(), e.wait(), e.wait(1)]
        e.clear()
        out.append(e.is_set())
        return out
    t.same('Event', events)

    def barrier(m):
        hits = []
        b = m.Barrier(1, action=lambda: hits.append('action'))
        return [b.wait(), b.parties, b.n_waiting, b.broken, hits]
    t.same('Barrier of one', barrier)

    def threads(m):
        results = []
        lock = m.Lock()

        def work(n, scale=1):
            with lock:
                results.append(n * n * scale)

        ts = [m.Thread(target=work, args=(i,), kwargs={'scale': 2}) for i in range(5)]
        for th in ts:
            th.start()
        for th in ts:
            th.join()
        out = [sorted(results), [th.is_alive() for th in ts]]
        out.append([th.name.split(' ', 1)[1] for th in ts])
        out.append(all(th.name.startswith('Thread-') for th in ts))
        th = m.Thread(target=work, args=(7,), name='worker', daemon=True)
        out += [th.name, th.daemon, th.ident is None, th.is_alive()]
        try:
            th.join()
        except RuntimeError as e:
            out.append(str(e))
        th.start()
        th.join()
        out.append(th.ident is not None)
        try:
            th.start()
        except RuntimeError as e:
            out.append(str(e))
        out.append(sorted(results))
        return out
    t.same('Thread', threads)

    def subclass(m):
        class Worker(m.Thread):
            def __init__(self, n):
                super().__init__(name='w%d' % n)
                self.n = n
                self.result = None

            def run(self):
                self.result = sum(range(self.n))
                self.me = m.current_thread() is self

        ws = [Worker(n) for n in (10, 100)]
        for w in ws:
            w.start()
        for w in ws:
            w.join()
        return [(w.name, w.result, w.me) for w in ws]
    t.same('Thread subclass', subclass)

    def misc(m):
        out = [m.current_thread() is m.main_thread(), m.main_thread().name,
               m.current_thread().name, m.active_count(), len(m.enumerate()),
               isinstance(m.get_ident(), int), m.main_thread().is_alive(),
               m.main_thread().daemon, m.TIMEOUT_MAX > 1e6,
               m.ThreadError is RuntimeError]
        loc = m.local()
        loc.x = 5
        out.append(loc.x)

        class MyLocal(m.local):
            def __init__(self, v):
                self.v = v
        out.append(MyLocal(3).v)
        seen = []
        tm = m.Timer(0, lambda: seen.append('fired'))
        tm.start()
        tm.join()
        tm2 = m.Timer(0, lambda: seen.append('never'))
        tm2.cancel()
        tm2.start()
        tm2.join()
        out.append(seen)
        return out
    t.same('module functions', misc)

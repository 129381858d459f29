"""queue: FIFO/LIFO/priority order, sizes, Empty/Full, task_done."""


def run(t):
    def play(m, cls, maxsize):
        if cls == 'SimpleQueue':
            q = m.SimpleQueue()
        else:
            q = getattr(m, cls)(maxsize)
        log = []
        for x in [5, 1, 4, 1, 5, 9, 2, 6]:
            try:
                q.put_nowait(x)
                log.append(('put', x, q.qsize()))
            except Exception as e:
                log.append(type(e).__name__)
        log.append(('empty', q.empty()))
        if cls != 'SimpleQueue':
            log.append(('full', q.full()))
        while True:
            try:
                log.append(q.get_nowait())
            except Exception as e:
                log.append(type(e).__name__)
                break
        return log
    for cls in ('Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue'):
        for maxsize in (0, 3):
            t.same('%s %d' % (cls, maxsize), lambda m: play(m, cls, maxsize))
    t.same('task_done', lambda m: [q.put(1) or q.get() or q.task_done() or q.task_done() for q in [m.Queue()]])
    t.same('get timeout', lambda m: m.Queue().get(timeout=-1))
    t.same('get nonblock', lambda m: m.Queue().get(False))
    t.same('put full', lambda m: [q.put(1) or q.put(2, block=False) for q in [m.Queue(1)]])
    t.same('exceptions', lambda m: (issubclass(m.Empty, Exception), issubclass(m.Full, Exception)))
    def prio(m):
        q = m.PriorityQueue()
        for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'Z')]:
            q.put(item)
        return [q.get() for _ in range(4)]
    t.same('priority tuples', prio)

"""contextlib: contextmanager flows, suppress, closing, nullcontext, ExitStack,
redirect_stdout."""
import io


def run(t):
    def cm_flow(m, raise_in_body, gen_kind):
        log = []

        @m.contextmanager
        def cm(x):
            log.append('enter %s' % x)
            if gen_kind == 'noyield':
                return
            try:
                yield x * 2
            except KeyError as e:
                log.append('caught %r' % e)
                if gen_kind == 'reraise':
                    raise
                if gen_kind == 'other':
                    raise ValueError('other') from e
            finally:
                log.append('finally')
            if gen_kind == 'twice':
                yield 1
        try:
            with cm(5) as v:
                log.append('body %s' % v)
                if raise_in_body:
                    raise KeyError('k')
            log.append('after')
        except Exception as e:
            log.append('outer %s %s' % (type(e).__name__, e))
        return log

    for raise_in_body in (False, True):
        for kind in ('plain', 'reraise', 'other', 'noyield', 'twice'):
            t.same('cm %s %s' % (raise_in_body, kind), lambda m: cm_flow(m, raise_in_body, kind))

    def decorator(m):
        log = []

        @m.contextmanager
        def cm():
            log.append('in')
            yield
            log.append('out')

        @cm()
        def f(x):
            log.append(x)
            return x + 1
        return f(1), f(2), log, f.__name__
    t.same('cm as decorator', decorator)

    def sup(m):
        out = []
        with m.suppress(KeyError, IndexError):
            [][1]
        out.append(1)
        with m.suppress():
            out.append(2)
        try:
            with m.suppress(KeyError):
                raise ValueError('v')
        except ValueError as e:
            out.append(str(e))
        return out
    t.same('suppress', sup)

    def closing(m):
        class C:
            closed = False

            def close(self):
                self.closed = True
        c = C()
        with m.closing(c) as x:
            same = x is c
        return same, c.closed
    t.same('closing', closing)
    t.same('nullcontext', lambda m: [x for x in [None] for _ in [0] if True] and
           [m.nullcontext(5).__enter__(), m.nullcontext().__enter__()])

    def stack(m):
        log = []

        class CM:
            def __init__(self, n, swallow=False):
                self.n, self.swallow = n, swallow

            def __enter__(self):
                log.append('enter %d' % self.n)
                return self.n

            def __exit__(self, *exc):
                log.append('exit %d %s' % (self.n, exc[0].__name__ if exc[0] else None))
                return self.swallow
        with m.ExitStack() as st:
            log.append(st.enter_context(CM(1)))
            st.callback(log.append, 'cb')
            st.push(CM(2, swallow=True))
            log.append(st.enter_context(CM(3)))
            raise KeyError('x')
        with m.ExitStack() as st:
            st.enter_context(CM(4))
            keep = st.pop_all()
        log.append('popped')
        keep.close()
        try:
            with m.ExitStack() as st:
                st.callback(lambda: 1 / 0)
                st.enter_context(CM(5))
        except ZeroDivisionError as e:
            log.append('zde %s' % e)
        return log
    t.same('ExitStack', stack)
    t.same('ExitStack bad', lambda m: m.ExitStack().enter_context(1))

    def redirect(m):
        buf = io.StringIO()
        with m.redirect_stdout(buf):
            print('hidden', 1)
        return buf.getvalue()
    t.same('redirect_stdout', redirect)

    def abstract(m):
        class X:
            def __enter__(self):
                pass

            def __exit__(self, *a):
                pass
        return isinstance(X(), m.AbstractContextManager), isinstance(1, m.AbstractContextManager)
    t.same('AbstractContextManager', abstract)

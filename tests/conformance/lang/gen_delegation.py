# throw()/close()/send() through nested `yield from`, return values, exception state.
import sys


def leaf(log):
    try:
        while True:
            try:
                got = yield "leaf"
                log.append(("leaf got", got))
            except ValueError as e:
                log.append(("leaf caught", str(e)))
                yield "recovered"
    finally:
        log.append("leaf closed")


def middle(log):
    r = yield from leaf(log)
    log.append(("middle result", r))


def outer(log):
    try:
        yield from middle(log)
    except KeyError as e:
        log.append(("outer caught", repr(e)))
        yield "outer after KeyError"
    finally:
        log.append("outer closed")


log = []
g = outer(log)
print(next(g), g.send(1), g.throw(ValueError("v")), next(g))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
print(g.throw(KeyError("k")))
g.close()
print(log)


class Delegate:
    """An iterator with send/throw/close, delegated to by yield from."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("delegate done")
        return ("delegate", self.n, v)

    def throw(self, e):
        return ("delegate threw", type(e).__name__)

    def close(self):
        print("delegate close")


def uses_delegate():
    r = yield from Delegate()
    yield ("result", r)


d = uses_delegate()
print(next(d), d.send("a"), d.throw(IndexError("i")), d.send("b"), next(d))
d2 = uses_delegate()
next(d2)
d2.close()


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def uses_nothrow():
    try:
        yield from NoThrow()
    except ZeroDivisionError:
        yield "handled in generator"


n = uses_nothrow()
next(n)
print(n.throw(ZeroDivisionError))


# The handled exception inside a suspended generator does not leak out.
def in_except():
    try:
        raise OSError("inside")
    except OSError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


ie = in_except()
print(next(ie), sys.exc_info()[0])
try:
    raise LookupError("outer")
except LookupError:
    print(next(ie), sys.exc_info()[0].__name__)


# PEP 479 and return values.
def stops():
    yield 1
    raise StopIteration("no")


try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError:", e, "cause", repr(e.__cause__))


def returns():
    yield 1
    return "value"


def gets():
    v = yield from returns()
    return v * 2


try:
    gg = gets()
    next(gg)
    next(gg)
except StopIteration as e:
    print("StopIteration value", e.value)

# A generator cannot run inside itself.
def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_frame, me.gi_running)

import sys
import inspect


def where():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return a, b, f.f_code.co_name


print(where())


def caller_line():
    return sys._getframe(1).f_lineno


def outer():
    x = caller_line()
    y = caller_line()
    return x, y


print(outer())


def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def level2():
    return chain()


def level1():
    return level2()


print(level1())
print(sys._getframe().f_back is None, sys._getframe().f_code.co_name)


def fails():
    raise ValueError("x")


def middle():
    fails()


try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    last = e.__traceback__.tb_next.tb_next
    print(last.tb_frame.f_code.co_name, last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back.f_lineno)


def current():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name


print(current())


def stacked():
    st = inspect.stack()
    return [(fi.function, fi.lineno, fi.filename.endswith("frames_introspection.py"), fi.code_context) for fi in st[:2]]


def stack_caller():
    return stacked()


print(stack_caller())


def frame_locals(p):
    q = p * 2
    f = sys._getframe()
    return sorted(f.f_locals.items()) if False else (f.f_locals["p"], f.f_locals["q"])


print(frame_locals(3))


def loop_lines():
    f = sys._getframe()
    seen = []
    for i in range(3):
        seen.append(f.f_lineno)
    seen.append(f.f_lineno)
    return seen


print(loop_lines())
print(sys._getframe(0).f_globals is globals(), sys._getframe().f_code.co_filename.endswith(".py"))
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError", e)

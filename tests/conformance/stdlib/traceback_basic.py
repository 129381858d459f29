# traceback: printing and formatting caught exceptions, stacks and frame summaries.
import sys
import traceback


def inner(x):
    return x / 0


def outer():
    return inner(1) + 1


try:
    outer()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])

try:
    [1, 2][5]
except IndexError as e:
    err = e
print("".join(traceback.format_exception(err)), end="")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(ValueError("bad")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(ValueError()))

tb = err.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_globals is globals())
summary = traceback.extract_tb(tb)
print(len(summary), summary[0].lineno, summary[0].name, repr(summary[0].line))
print(summary[0].filename == __file__)
fn, ln, name, line = summary[0]
print(ln, name, line)
print([ (f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)


try:
    deep(10)
except RuntimeError:
    lines = traceback.format_exc().splitlines()
    for l in lines:
        print(l)

# chained exceptions
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    print("--- no chain")
    traceback.print_exception(e, file=sys.stdout, chain=False)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("during")
except TypeError as e:
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print("--- limit=1")
    traceback.print_exception(e, limit=1, file=sys.stdout)


def stack_here():
    return traceback.extract_stack()


s = stack_here()
print(s[-1].name, s[-1].lineno, s[-1].line)
print(s[-2].name, s[-2].lineno)
for line in traceback.format_stack()[-1:]:
    print(line, end="")
traceback.print_stack(file=sys.stdout, limit=1)

te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack))
print("".join(te.format_exception_only()), end="")
fs = traceback.FrameSummary("f.py", 3, "g", line="x = 1")
print(fs, fs.line, list(fs))
print(traceback.format_list([("a.py", 1, "f", "pass"), fs]))
print(traceback.StackSummary.from_list([("a.py", 1, "f", "pass")]).format())


class Custom(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(Custom()))
try:
    raise Custom()
except Custom:
    print(traceback.format_exc().splitlines()[-1])
try:
    traceback.print_exception(1)
except TypeError as e:
    print(e)
try:
    traceback.print_exception(ValueError, ValueError("a"))
except ValueError as e:
    print(e)
e = ValueError("noted")
e.add_note("a note")
e.add_note("second\nline")
print(traceback.format_exception_only(e))
print(traceback.format_exception(None, None, None))
traceback.print_exc(file=sys.stdout)

for err in [SyntaxError("'(' was never closed", ("<src>", 1, 5, "x = (\n", 1, 0)),
            SyntaxError("invalid syntax", ("<src>", 1, 3, "   a b\n", 1, 4)),
            SyntaxError("bad", ("f.py", None, None, None)), SyntaxError()]:
    print("".join(traceback.format_exception_only(err)), end="")

try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)

# warnings: the stderr format, categories, stacklevel, filters and catch_warnings.
import sys
import warnings

warnings.warn("plain")
warnings.warn("plain")  # another line: printed again
for i in range(3):
    warnings.warn("in a loop")  # the default action prints once per location
warnings.warn("dep", DeprecationWarning)  # shown in __main__
warnings.warn(RuntimeWarning("an instance"))


def lib_function():
    warnings.warn("called badly", UserWarning, stacklevel=2)


lib_function()

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    warnings.warn("recorded", FutureWarning)
    lib_function()
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, w[2].lineno, w[0].filename == __file__)
    print(type(w[0].message).__name__, w[0].line)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("dep error", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("not shown")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only", RuntimeWarning)
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.warn("skip this")
    warnings.warn("SKIP this too")
    warnings.warn("keep this")
    print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", category=RuntimeWarning, append=True)
    warnings.warn("x", RuntimeWarning)
    print(len(w), warnings.filters[0][0], warnings.filters[-1][0])

print(warnings.catch_warnings(record=True), warnings.catch_warnings())
print(warnings.filters[:2])
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "the line"))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 12)))
msg = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(msg)

try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)

shown = []
old = warnings.showwarning
warnings.showwarning = lambda *a: shown.append(a[:4])
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("custom hook")
warnings.showwarning = old
print(shown[0][0], shown[0][1].__name__, shown[0][3])

warnings.warn_explicit("explicit", UserWarning, "somefile.py", 7)
warnings.warn_explicit("explicit mod", UserWarning, "somefile.py", 8, module="x")
warnings.warn("top", stacklevel=5)
print("stderr", file=sys.stderr)
warnings.warn("final")

cases = [ValueError(), ValueError("x"), ValueError("x", "y"), ValueError(1), ValueError(None), ValueError(""),
         KeyError("k"), KeyError(""), KeyError(1, 2), OSError(), OSError("msg"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"),
         StopIteration(), StopIteration(3), SystemExit(), SystemExit(2), UnicodeError("u"), Exception([1]), BaseException("b")]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(FileNotFoundError(2, "No such file or directory", "x.txt"))
print(type(OSError(2, "x")).__name__, type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__)

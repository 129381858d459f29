names = ["ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "KeyError",
         "IndexError", "ValueError", "UnicodeDecodeError", "TypeError", "AttributeError",
         "NameError", "UnboundLocalError", "RuntimeError", "RecursionError", "NotImplementedError",
         "StopIteration", "StopAsyncIteration", "OSError", "FileNotFoundError", "ImportError",
         "ModuleNotFoundError", "AssertionError", "KeyboardInterrupt", "SystemExit",
         "GeneratorExit", "Exception", "BaseException", "EOFError", "MemoryError",
         "FloatingPointError", "IsADirectoryError", "PermissionError", "TimeoutError",
         "UnicodeError", "UnicodeEncodeError", "SyntaxError", "IndentationError", "BufferError",
         "ConnectionError", "BrokenPipeError", "DeprecationWarning", "UserWarning", "Warning"]
import builtins
for n in names:
    c = getattr(builtins, n)
    print(n, "->", " ".join(k.__name__ for k in c.__mro__[1:]))
print(IOError is OSError, EnvironmentError is OSError)

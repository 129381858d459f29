import sys
print(sys.intern("abc") == "abc", isinstance(sys.getsizeof([]), int))
print(sys.getdefaultencoding(), sys.flags.optimize, sys.dont_write_bytecode in (True, False))
print(callable(sys.exc_info), sys.exc_info() == (None, None, None))

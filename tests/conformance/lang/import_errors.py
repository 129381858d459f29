try:
    import _definitely_missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _modcount import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _pkg.missing_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))

"""The structured attributes of `sys` (version_info, float_info, flags, ...), built on
first access through the sys module's `__getattr__` (PEP 562)."""


def _structseq(qualname, fields):
    """A tuple type with named fields and CPython's struct-sequence repr."""
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        body = ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))
        return "%s(%s)" % (qualname, body)

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
          "__slots__": (), "n_fields": len(fields), "n_sequence_fields": len(fields),
          "n_unnamed_fields": 0, "_fields": tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(qualname.rpartition(".")[2], (tuple,), ns)
    cls.__module__ = "sys"
    cls.__qualname__ = qualname.rpartition(".")[2]
    return cls


version_info = _structseq(
    "sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]
)((3, 11, 7, "final", 0))

float_info = _structseq(
    "sys.float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
     "mant_dig", "epsilon", "radix", "rounds"],
)((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
   2.220446049250313e-16, 2, 1))

int_info = _structseq(
    "sys.int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
     "str_digits_check_threshold"],
)((30, 4, 4300, 640))

hash_info = _structseq(
    "sys.hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
     "cutoff"],
)((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))

flags = _structseq(
    "sys.flags",
    ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
     "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
     "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
     "warn_default_encoding", "safe_path", "int_max_str_digits"],
)((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))

thread_info = _structseq("sys.thread_info", ["name", "lock", "version"])(
    ("pthread", "semaphore", None))


class _Namespace:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)


implementation = _Namespace(name="coil", cache_tag=None, version=version_info,
                            hexversion=0x30B07F0, _multiarch="x86_64-linux-gnu")

hexversion = 0x30B07F0
api_version = 1013
dont_write_bytecode = False

# -- plain values and functions CPython's sys has (coil: one thread, no tracing) --

maxunicode = 0x10FFFF
prefix = exec_prefix = base_prefix = base_exec_prefix = "/usr/local"
platlibdir = "lib"
abiflags = ""
pycache_prefix = None
float_repr_style = "short"
copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."
warnoptions = []
_xoptions = {}
path_hooks = []
path_importer_cache = {}
meta_path = []
builtin_module_names = ("_coil_re", "_random", "array", "atexit", "binascii", "builtins",
                        "errno", "gc", "hashlib", "io", "math", "os", "posix", "struct",
                        "sys", "time", "unicodedata", "zlib")
_switch_interval = [0.005]
_asyncgen_hooks = _structseq("asyncgen_hooks", ["firstiter", "finalizer"])


def getswitchinterval():
    return _switch_interval[0]


def setswitchinterval(interval):
    if interval <= 0:
        raise ValueError("switch interval must be strictly positive")
    _switch_interval[0] = float(interval)


def is_finalizing():
    return False


def call_tracing(func, args):
    return func(*args)


def audit(event, *args):
    pass


def addaudithook(hook):
    pass


def getallocatedblocks():
    return 0


def getfilesystemencodeerrors():
    return "surrogateescape"


def get_coroutine_origin_tracking_depth():
    return 0


def set_coroutine_origin_tracking_depth(depth):
    if depth < 0:
        raise ValueError("depth must be >= 0")


_hooks = [None, None]


def get_asyncgen_hooks():
    return _asyncgen_hooks(tuple(_hooks))


def set_asyncgen_hooks(firstiter=None, finalizer=None):
    _hooks[0], _hooks[1] = firstiter, finalizer


def gettrace():
    return None


def getprofile():
    return None


def settrace(function):
    if function is not None:
        raise NotImplementedError("coil: sys.settrace() with a trace function is not supported")


def setprofile(function):
    if function is not None:
        raise NotImplementedError("coil: sys.setprofile() with a profile function is not supported")


def excepthook(exctype, value, traceback):
    import traceback as _tb
    _tb.print_exception(exctype, value, traceback)


__excepthook__ = excepthook


def displayhook(value):
    if value is None:
        return
    import builtins
    builtins._ = None
    print(repr(value))
    builtins._ = value


__displayhook__ = displayhook


def unraisablehook(unraisable):
    import sys
    import traceback as _tb
    obj = getattr(unraisable, "object", None)
    print("Exception ignored in: %r" % (obj,), file=sys.stderr)
    _tb.print_exception(unraisable.exc_type, unraisable.exc_value,
                        unraisable.exc_traceback, file=sys.stderr)


__unraisablehook__ = unraisablehook

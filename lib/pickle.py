"""pickle: protocols 0-5 for the built-in types (None, bool, int, float, complex via
reduce, str, bytes, bytearray, tuple, list, dict, set, frozenset), classes and functions
by reference, and instances through __reduce_ex__/__reduce__/__getnewargs(_ex)__/
__getstate__/__setstate__ (object's default reduction as CPython's copyreg does).
The byte stream follows CPython's C pickler: memo, framing (protocol 4+), batching.
`_pickle` re-exports the classes under that module name (what `import pickle` gives);
with sys.modules['_pickle'] = None the pure classes are used, as in CPython.
Not supported: persistent ids through the C-only hooks, out-of-band buffers."""

import sys
from struct import pack, unpack
from io import BytesIO
from _codecs import encode as _codecs_encode

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND",
           "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT",
           "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE",
           "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2",
           "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL",
           "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1", "LONG4",
           "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ",
           "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP",
           "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2",
           "TUPLE3", "UNICODE"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    def __init__(self, buffer):
        self._b = buffer

    def raw(self):
        return memoryview(bytes(self._b))

    def release(self):
        pass


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Python 2 names used by protocols 0-2 (fix_imports), both directions.
_NAME_MAPPING_2TO3 = {('__builtin__', 'xrange'): ('builtins', 'range'),
                      ('__builtin__', 'unicode'): ('builtins', 'str'),
                      ('__builtin__', 'basestring'): ('builtins', 'str'),
                      ('__builtin__', 'long'): ('builtins', 'int'),
                      ('__builtin__', 'reduce'): ('functools', 'reduce'),
                      ('__builtin__', 'intern'): ('sys', 'intern')}
_MODULE_MAPPING_2TO3 = {'__builtin__': 'builtins', 'copy_reg': 'copyreg',
                        'Queue': 'queue', 'UserDict': 'collections',
                        'UserList': 'collections', 'UserString': 'collections',
                        '_abcoll': 'collections.abc'}
_MODULE_MAPPING_3TO2 = {'builtins': '__builtin__', 'copyreg': 'copy_reg',
                        'queue': 'Queue', '_pickle': 'pickle'}


def encode_long(x):
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\u005c')
        elif ch == '\0':
            out.append('\\u0000')
        elif ch == '\n':
            out.append('\\u000a')
        elif ch == '\r':
            out.append('\\u000d')
        elif ch == '\x1a':
            out.append('\\u001a')
        elif o < 256:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(b):
    s = b.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n and s[i + 1] in 'uU':
            w = 4 if s[i + 1] == 'u' else 8
            out.append(chr(int(s[i + 2:i + 2 + w], 16)))
            i += 2 + w
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def _getattribute(obj, name):
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


def whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    import builtins
    if getattr(builtins, name, None) is obj:
        return 'builtins'
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


class _Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = []
        self._framing = False
        self._frame_start = -1

    def clear_memo(self):
        self.memo.clear()

    # Output: pieces are collected; a frame is the pieces since its start.
    def write(self, data):
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._out.append(b'')
        self._out.append(data)

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        self._frame_start = -1
        data = b''.join(self._out[start + 1:])
        del self._out[start:]
        if len(data) >= _FRAME_SIZE_MIN:
            self._out.append(FRAME + pack('<Q', len(data)))
        self._out.append(data)

    def _opcode_boundary(self):
        start = self._frame_start
        if start >= 0 and len(self._out) - start > 64:
            size = 0
            for piece in self._out[start + 1:]:
                size += len(piece)
            if size >= _FRAME_SIZE_TARGET:
                self._commit_frame()
                self._file_write(b''.join(self._out))
                self._out = []

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (type(self).__name__,))
        if self.proto >= 2:
            self.write(PROTO + pack('<B', self.proto))
        if self.proto >= 4:
            self._framing = True
        self.save(obj)
        self.write(STOP)
        self._commit_frame()
        self._framing = False
        self._file_write(b''.join(self._out))
        self._out = []

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack('<B', idx)
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack('<B', i)
            return LONG_BINGET + pack('<I', i)
        return GET + repr(i).encode('ascii') + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None and t in (int, float, bool, type(None)):
            f(self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        if f is not None:
            f(self, obj)
            self._opcode_boundary()
            return
        reduce = getattr(self, 'dispatch_table', None)
        rv = None
        if reduce is not None:
            reduce = reduce.get(t)
        else:
            import copyreg
            reduce = copyreg.dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if isinstance(obj, type):
                self.save_global(obj)
                self._opcode_boundary()
                return
            rv = self._reduce(obj, t)
            if rv is None:
                self._opcode_boundary()
                return
        if isinstance(rv, str):
            self.save_global(obj, rv)
            self._opcode_boundary()
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % 'reduce')
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements"
                                % 'reduce')
        self.save_reduce(obj=obj, *rv)
        self._opcode_boundary()

    def _reduce(self, obj, t):
        # A class's own __reduce_ex__ / __reduce__, else object's default.
        if obj is ... or obj is NotImplemented:
            # CPython's singletons reduce to their builtins name.
            return 'Ellipsis' if obj is ... else 'NotImplemented'
        if t is _MethodType or t is _BuiltinMethodType:
            # A bound method reduces to getattr(its object, its name).
            owner = getattr(obj, '__self__', None)
            if owner is not None and not isinstance(owner, _ModuleType):
                return getattr, (owner, obj.__name__)
        if t is range or t is slice:
            # Their C __reduce__ (coil's range and slice have none).
            return t, (obj.start, obj.stop, obj.step)
        rex = _class_attr(t, '__reduce_ex__')
        if rex is not None:
            return obj.__reduce_ex__(self.proto)
        red = _class_attr(t, '__reduce__')
        if red is not None:
            return obj.__reduce__()
        if type(obj).__name__ in ('function', 'builtin_function_or_method'):
            self.save_global(obj)
            return None
        return _object_reduce_ex(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack('<B', obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack('<H', obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack('<i', obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack('<B', n) + encoded)
            else:
                self.write(LONG4 + pack('<i', n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + pack('<Q', n) + obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + pack('<Q', len(obj)) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack('<B', n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self.write(BINUNICODE8 + pack('<Q', n) + encoded)
            else:
                self.write(BINUNICODE + pack('<I', n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if type(obj) is list and self.bin and obj:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(obj)

    def _batch_list_exact(self, obj):
        # The C pickler's batches for a list: one item is APPEND, else MARK .. APPENDS
        # per 1000 (a last batch of one still uses MARK .. APPENDS).
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while total < len(obj):
            write(MARK)
            for x in obj[total:total + _BATCHSIZE]:
                save(x)
            total += _BATCHSIZE
            write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if type(obj) is dict and self.bin and obj:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(obj.items())

    def _batch_dict_exact(self, obj):
        # The C pickler's batches for a dict: one item is SETITEM, else MARK .. SETITEMS
        # per 1000 (and an empty last batch when the size is a multiple of 1000).
        save = self.save
        write = self.write
        if len(obj) == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        items = list(obj.items())
        start = 0
        while True:
            write(MARK)
            batch = items[start:start + _BATCHSIZE]
            for k, v in batch:
                save(k)
                save(v)
            write(SETITEMS)
            start += _BATCHSIZE
            if len(batch) != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        items = list(obj)
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(ADDITEMS)
            start += _BATCHSIZE
            if len(batch) != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                r_name_mapping = {v: k for k, v in _NAME_MAPPING_2TO3.items()}
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in _MODULE_MAPPING_3TO2:
                    module_name = _MODULE_MAPPING_3TO2[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch = {}


class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
_BuiltinMethodType = type([].append)
_ModuleType = type(sys)
del _C


def _class_attr(t, name):
    for c in t.__mro__:
        if c is object:
            return None
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def _object_reduce_ex(obj, proto):
    # object.__reduce_ex__ (copyreg's reduce_2 / _reduce_ex).
    import copyreg
    cls = type(obj)
    if proto < 2:
        for base in cls.__mro__:
            if hasattr(base, '__flags__') and not base.__flags__ & (1 << 9):
                break
            if base is object or base.__module__ == 'builtins' and base.__name__ != 'object' \
                    and base in (int, float, str, bytes, tuple, list, dict, set, frozenset,
                                 complex, bytearray, bool):
                break
        else:
            base = object
        if base is object:
            state = None
        else:
            state = base(obj)
        args = (cls, base, state)
        getstate = getattr(obj, '__getstate__', None)
        dict_state = _default_getstate(obj) if getstate is None or \
            _class_attr(cls, '__getstate__') is None else getstate()
        if dict_state:
            return (copyreg._reconstructor, args, dict_state)
        return (copyreg._reconstructor, args)
    kwargs = None
    getnewargs_ex = _class_attr(cls, '__getnewargs_ex__')
    if getnewargs_ex is not None:
        args, kwargs = obj.__getnewargs_ex__()
    else:
        getnewargs = _class_attr(cls, '__getnewargs__')
        args = obj.__getnewargs__() if getnewargs is not None else ()
    if _class_attr(cls, '__getstate__') is not None:
        state = obj.__getstate__()
    else:
        state = _default_getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _default_getstate(obj):
    import copyreg
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    names = copyreg._slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


_Pickler._dispatch = {
    type(None): _Pickler.save_none,
    bool: _Pickler.save_bool,
    int: _Pickler.save_long,
    float: _Pickler.save_float,
    bytes: _Pickler.save_bytes,
    bytearray: _Pickler.save_bytearray,
    str: _Pickler.save_str,
    tuple: _Pickler.save_tuple,
    list: _Pickler.save_list,
    dict: _Pickler.save_dict,
    set: _Pickler.save_set,
    frozenset: _Pickler.save_frozenset,
    type: _Pickler.save_type,
}


class _Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._file = file
        self._buf = b''
        self._pos = 0
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._buffers = iter(buffers) if buffers is not None else None

    def _read(self, n):
        p = self._pos
        e = p + n
        buf = self._buf
        if e <= len(buf):
            self._pos = e
            return buf[p:e]
        rest = buf[p:]
        self._buf = b''
        self._pos = 0
        data = rest + self._file.read(n - len(rest))
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        buf = self._buf
        p = self._pos
        i = buf.find(b'\n', p)
        if i >= 0:
            self._pos = i + 1
            return buf[p:i + 1]
        rest = buf[p:]
        self._buf = b''
        self._pos = 0
        line = rest + self._file.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        if not hasattr(self, '_file'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (type(self).__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._read
        dispatch = self._table
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                f = dispatch[key[0]]
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING_2TO3:
                module, name = _NAME_MAPPING_2TO3[(module, name)]
            elif module in _MODULE_MAPPING_2TO3:
                module = _MODULE_MAPPING_2TO3[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        n, = unpack('<Q', self._read(8))
        if n > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % n)
        have = len(self._buf) - self._pos
        if have < n:
            rest = self._buf[self._pos:]
            more = self._file.read(n - have)
            if len(more) < n - have:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._buf = rest + more
            self._pos = 0

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1:] == b'L':
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    def load_float(self):
        self.append(float(self._readline()[:-1].decode('ascii')))

    def load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import ast
        self.append(self._decode_string(ast.literal_eval('b' + repr(data)[1:])))

    def load_binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        self.append(self._read(n))

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._read(8))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binbytes8(self):
        n, = unpack('<Q', self._read(8))
        self.append(self._read(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self._read(8))
        self.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self._read(4))[0])

    def _get_extension(self, code):
        import copyreg
        obj = copyreg._extension_cache.get(code)
        if obj is not None:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        i, = unpack('<I', self._read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self.stack[-1]

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and _class_attr(type(inst), '__setstate__') is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k) if hasattr(sys, 'intern') else k
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)


_Unpickler._table = [None] * 256
for _code, _name in [
        (PROTO, 'load_proto'), (FRAME, 'load_frame'), (PERSID, 'load_persid'),
        (BINPERSID, 'load_binpersid'), (NONE, 'load_none'), (NEWFALSE, 'load_false'),
        (NEWTRUE, 'load_true'), (INT, 'load_int'), (BININT, 'load_binint'),
        (BININT1, 'load_binint1'), (BININT2, 'load_binint2'), (LONG, 'load_long'),
        (LONG1, 'load_long1'), (LONG4, 'load_long4'), (FLOAT, 'load_float'),
        (BINFLOAT, 'load_binfloat'), (STRING, 'load_string'),
        (BINSTRING, 'load_binstring'), (BINBYTES, 'load_binbytes'),
        (UNICODE, 'load_unicode'), (BINUNICODE, 'load_binunicode'),
        (BINUNICODE8, 'load_binunicode8'), (BINBYTES8, 'load_binbytes8'),
        (BYTEARRAY8, 'load_bytearray8'), (NEXT_BUFFER, 'load_next_buffer'),
        (READONLY_BUFFER, 'load_readonly_buffer'),
        (SHORT_BINSTRING, 'load_short_binstring'),
        (SHORT_BINBYTES, 'load_short_binbytes'),
        (SHORT_BINUNICODE, 'load_short_binunicode'), (TUPLE, 'load_tuple'),
        (EMPTY_TUPLE, 'load_empty_tuple'), (TUPLE1, 'load_tuple1'),
        (TUPLE2, 'load_tuple2'), (TUPLE3, 'load_tuple3'), (EMPTY_LIST, 'load_empty_list'),
        (EMPTY_DICT, 'load_empty_dictionary'), (EMPTY_SET, 'load_empty_set'),
        (FROZENSET, 'load_frozenset'), (LIST, 'load_list'), (DICT, 'load_dict'),
        (INST, 'load_inst'), (OBJ, 'load_obj'), (NEWOBJ, 'load_newobj'),
        (NEWOBJ_EX, 'load_newobj_ex'), (GLOBAL, 'load_global'),
        (STACK_GLOBAL, 'load_stack_global'), (EXT1, 'load_ext1'), (EXT2, 'load_ext2'),
        (EXT4, 'load_ext4'), (REDUCE, 'load_reduce'), (POP, 'load_pop'),
        (POP_MARK, 'load_pop_mark'), (DUP, 'load_dup'), (GET, 'load_get'),
        (BINGET, 'load_binget'), (LONG_BINGET, 'load_long_binget'), (PUT, 'load_put'),
        (BINPUT, 'load_binput'), (LONG_BINPUT, 'load_long_binput'),
        (MEMOIZE, 'load_memoize'), (APPEND, 'load_append'), (APPENDS, 'load_appends'),
        (SETITEM, 'load_setitem'), (SETITEMS, 'load_setitems'),
        (ADDITEMS, 'load_additems'), (BUILD, 'load_build'), (MARK, 'load_mark'),
        (STOP, 'load_stop')]:
    _Unpickler._table[_code[0]] = getattr(_Unpickler, _name)
del _code, _name


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = BytesIO()
    _Pickler(f, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    u = _Unpickler(BytesIO(b''), fix_imports=fix_imports, buffers=buffers,
                   encoding=encoding, errors=errors)
    u._buf = bytes(data)
    return u.load()


try:
    import _pickle
except ImportError:
    Pickler, Unpickler = _Pickler, _Unpickler
    dump, dumps, load, loads = _dump, _dumps, _load, _loads
else:
    Pickler, Unpickler = _pickle.Pickler, _pickle.Unpickler
    dump, dumps, load, loads = _pickle.dump, _pickle.dumps, _pickle.load, _pickle.loads
    del _pickle

//! `array`: typed arrays (b B u h H i I l L q Q f d) with CPython's range checks and
//! messages, sequence protocol, slicing, comparisons, tolist/tobytes/frombytes.
//!
//! The class is Python over a list of items (run once when the VM starts); item
//! conversion and the byte layout go through `struct`; `_f32` rounds to single precision.

use super::exec_source;
use crate::builtins::arity;
use crate::objects::float::{float_value, is_float};
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

fn a_f32(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "_f32", args, 1, 1)?;
    let x = if is_float(args[0]) {
        float_value(args[0])
    } else {
        vm.int_to_f64(args[0])?
    };
    Ok(vm.new_float(x as f32 as f64))
}

const ARRAY_SOURCE: &str = r#"
import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_LIMITS = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': (-2**15, 2**15 - 1, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': (0, 2**16 - 1, 'unsigned short is less than minimum',
          'unsigned short is greater than maximum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
    'I': (0, 2**32 - 1, "can't convert negative value to unsigned int",
          'unsigned int is greater than maximum'),
    'l': (-2**63, 2**63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (0, 2**64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2**64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),
}


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, bytes):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._tc == 'u' and typecode != 'u':
            raise TypeError('cannot use a unicode array to initialize an array with typecode %r'
                            % typecode)
        else:
            self.extend(initializer)

    def _conv(self, v):
        tc = self._tc
        if tc == 'f' or tc == 'd':
            if not isinstance(v, (int, float)):
                if hasattr(type(v), '__float__'):
                    v = type(v).__float__(v)
                else:
                    raise TypeError('must be real number, not %s' % type(v).__name__)
            v = float(v)
            return _f32(v) if tc == 'f' else v
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        v = _index(v)
        lo, hi, under, over = _LIMITS[tc]
        if v < lo:
            raise OverflowError(under)
        if v > hi:
            raise OverflowError(over)
        return v

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def append(self, v):
        self._items.append(self._conv(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(self._conv(v))

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        conv = [self._conv(v) for v in items]
        self._items.extend(conv)

    def insert(self, i, v):
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        items = self._items
        n = len(items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            if items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tobytes(self):
        if self._tc == 'u':
            return ''.join(self._items).encode('utf-32-le')
        return _struct.pack('<%d%s' % (len(self._items), self._tc), *self._items)

    def frombytes(self, b):
        if not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        size = _SIZES[self._tc]
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._tc == 'u':
            self._items.extend(b.decode('utf-32-le'))
            return
        self._items.extend(_struct.unpack('<%d%s' % (len(b) // size, self._tc), b))

    def byteswap(self):
        size = _SIZES[self._tc]
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _index(i)
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        i = _index(i)
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('array assignment index out of range')
        self._items[i] = self._conv(v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _index(i)
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('array assignment index out of range')
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (array, (self._tc, list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)


ArrayType = array
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "array").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "array");
    vm.def_fn(d, "_f32", a_f32);
    let _ = exec_source(vm, d, ARRAY_SOURCE, "<array>");
    super::set_class_module(vm, d, "array", "array");
}

"""Shallow and deep copy operations: coil's in-house copy.

Instances are copied without __reduce_ex__: a new object is made with
cls.__new__(cls) and its state (__getstate__ if defined, else __dict__ and
slots) is copied over, using __setstate__ when the class has one.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


class _Absent:
    # stands for a builtin type the VM may not provide
    pass


def _builtin_type(name):
    try:
        import builtins
    except ImportError:
        return _Absent
    return getattr(builtins, name, _Absent)

_complex = _builtin_type('complex')
_bytearray = _builtin_type('bytearray')

_ATOMIC = (type(None), int, float, bool, _complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), slice, property,
           type(len), type(lambda: None))


def _is_atomic(x):
    cls = type(x)
    if cls in _ATOMIC:
        return True
    return issubclass(cls, type)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _get_state(x):
    cls = type(x)
    getstate = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            getstate = klass.__dict__['__getstate__']
            break
    if getstate is not None:
        return getstate(x)
    d = getattr(x, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _has_own(type(y), '__setstate__'):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _has_own(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _new_like(x):
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None and _has_own(cls, '__getnewargs__'):
        return cls.__new__(cls, *getnewargs())
    return cls.__new__(cls)


def _copy_container_subclass(x, y, deep, memo):
    # list/dict/set subclasses: copy their items too.
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif isinstance(x, (set,)):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is _bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.__dict__.update(x.__dict__)
        return y
    if _has_own(cls, '__reduce__'):
        return _reconstruct(x.__reduce__(), False, None)
    y = _new_like(x)
    if cls is not tuple and not isinstance(x, (tuple, frozenset)):
        _copy_container_subclass(x, y, False, None)
    _set_state(y, _get_state(x), False, None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is _bytearray:
        y = _bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif isinstance(x, BaseException):
            y = cls.__new__(cls, *deepcopy(x.args, memo))
            memo[d] = y
            y.__dict__.update(deepcopy(x.__dict__, memo))
        elif _has_own(cls, '__reduce__') and not isinstance(x, tuple):
            y = _reconstruct(x.__reduce__(), True, memo, d)
        else:
            if isinstance(x, tuple):
                args = [deepcopy(a, memo) for a in x]
                y = cls.__new__(cls, *args) if _has_own(cls, '__getnewargs__') \
                    else tuple.__new__(cls, args)
            elif _has_own(cls, '__getnewargs__'):
                y = cls.__new__(cls, *deepcopy(x.__getnewargs__(), memo))
            else:
                y = cls.__new__(cls)
            memo[d] = y
            if not isinstance(x, (tuple, frozenset)):
                _copy_container_subclass(x, y, True, memo)
            _set_state(y, _get_state(x), True, memo)
    # Only memoize (and keep alive) objects that are not x itself.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _reconstruct(rv, deep, memo, key=None):
    """Rebuild an object from a class's own __reduce__() result."""
    if isinstance(rv, str):
        raise Error('un(deep)copyable object: __reduce__ returned a string')
    rv = tuple(rv) + (None,) * (5 - len(rv))
    func, args, state, listiter, dictiter = rv[:5]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[key] = y
    if state is not None:
        _set_state(y, state, deep, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

"""Names for built-in types and class-creation helpers: coil's in-house types.

Each type name is taken from a value of that type, so it is exactly the VM's
own type object; the few that need interpreter internals (frames, code,
tracebacks) are defined only when the VM exposes them.
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'SimpleNamespace', 'NoneType',
           'NotImplementedType', 'EllipsisType', 'MappingProxyType',
           'GenericAlias', 'UnionType', 'new_class', 'prepare_class',
           'resolve_bases', 'DynamicClassAttribute', 'coroutine',
           'CellType', 'CodeType', 'FrameType', 'TracebackType',
           'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType',
           'GetSetDescriptorType', 'MemberDescriptorType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


def _optional(make):
    # A type the VM may not have (yet): None instead of an import error.
    try:
        return make()
    except Exception:
        return None


def __getattr__(name):
    # The coroutine types come from a helper module with async syntax,
    # imported on first use so that this module compiles without it.
    if name in ('CoroutineType', 'AsyncGeneratorType'):
        try:
            import _types_async
        except Exception:
            value = None
        else:
            value = getattr(_types_async, name)
        globals()[name] = value
        return value
    raise AttributeError("module 'types' has no attribute %r" % (name,))


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = _optional(lambda: type(list[int]))


# `X | Y` of classes: the VM's own union type (objects/typeforms.py; the host's
# own when lib/_test runs on CPython).
UnionType = type(int | str)


class _mappingproxy:
    """A read-only view of a mapping (coil's class __dict__ is a plain dict, so
    `type(type.__dict__)` cannot serve as MappingProxyType)."""
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') \
                or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % name)

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    __hash__ = None


_mappingproxy.__name__ = _mappingproxy.__qualname__ = 'mappingproxy'
_mappingproxy.__module__ = 'builtins'


def _mappingproxy_type():
    t = type(type.__dict__)
    return _mappingproxy if t is dict else t


MappingProxyType = _optional(_mappingproxy_type)
WrapperDescriptorType = _optional(lambda: type(object.__init__))
MethodWrapperType = _optional(lambda: type(object().__str__))
MethodDescriptorType = _optional(lambda: type(str.join))
ClassMethodDescriptorType = _optional(lambda: type(dict.__dict__['fromkeys']))
GetSetDescriptorType = _optional(lambda: type(FunctionType.__code__))
MemberDescriptorType = _optional(lambda: type(FunctionType.__globals__))


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


CellType = _optional(lambda: type(_cell()))
CodeType = _optional(lambda: type(_f.__code__))


def _tb_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


TracebackType = _optional(lambda: type(_tb_and_frame()))
FrameType = _optional(lambda: type(_tb_and_frame().tb_frame))

_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key in kwargs:
            if not isinstance(key, str):
                raise TypeError('keywords must be strings')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace \
            else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '%s(...)' % name
        _repr_running.add(key)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


class _GeneratorWrapper:
    """Makes a generator awaitable (what types.coroutine returns for one)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        coroutine_type = __getattr__('CoroutineType')
        if coroutine_type is not None and coro.__class__ is coroutine_type:
            return coro
        if coro.__class__ is GeneratorType or (
                hasattr(coro, 'send') and hasattr(coro, 'throw') and
                hasattr(coro, '__next__') and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped

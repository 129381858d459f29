"""Data classes (PEP 557): coil's in-house dataclasses, built without exec.

The generated methods are closures over the list of fields; __init__ binds
its arguments by hand and raises CPython's messages for bad calls.
"""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = {}


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,'
                'init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,'
                'kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return (a_type.startswith('ClassVar') or
                a_type.startswith('typing.ClassVar'))
    try:
        import typing
    except ImportError:
        return False
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return (a_type.startswith('InitVar') or
                a_type.startswith('dataclasses.InitVar'))
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory'
                            % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % (f.name,))
    if f._field_type is _FIELD and f.default is not MISSING and \
            getattr(type(f.default), '__hash__', 0) is None:
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


def _names_text(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_binder(qualname, pos_fields, kw_fields):
    """Return bind(args, kwargs) -> dict name -> value (defaults applied)."""
    pos_names = [f.name for f in pos_fields]
    kw_names = [f.name for f in kw_fields]
    all_names = set(pos_names) | set(kw_names)
    ndefaults = sum(1 for f in pos_fields if f.default is not MISSING
                    or f.default_factory is not MISSING)
    argcount = len(pos_names) + 1

    def default_of(f):
        if f.default_factory is not MISSING:
            return f.default_factory()
        return f.default

    def bind(args, kwargs):
        given = len(args)
        if given > len(pos_names):
            kwonly_given = sum(1 for k in kwargs if k in kw_names)
            if ndefaults:
                sig = 'from %d to %d' % (argcount - ndefaults, argcount)
            else:
                sig = '%d' % argcount
            if kwonly_given:
                kwonly_sig = (' positional argument%s (and %d keyword-only '
                              'argument%s)' % ('' if given + 1 == 1 else 's',
                                               kwonly_given,
                                               '' if kwonly_given == 1
                                               else 's'))
            else:
                kwonly_sig = ''
            raise TypeError('%s() takes %s positional argument%s but %d%s %s '
                            'given' % (qualname, sig,
                                       '' if argcount == 1 and not ndefaults
                                       else 's', given + 1, kwonly_sig,
                                       'was' if given + 1 == 1
                                       and not kwonly_given else 'were'))
        values = {}
        for name, value in zip(pos_names, args):
            values[name] = value
        for name, value in kwargs.items():
            if name not in all_names:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (qualname, name))
            if name in values:
                raise TypeError('%s() got multiple values for argument %r'
                                % (qualname, name))
            values[name] = value
        missing = []
        for f in pos_fields:
            if f.name not in values:
                if f.default is MISSING and f.default_factory is MISSING:
                    missing.append(f.name)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: '
                            '%s' % (qualname, len(missing),
                                    '' if len(missing) == 1 else 's',
                                    _names_text(missing)))
        for f in kw_fields:
            if f.name not in values:
                if f.default is MISSING and f.default_factory is MISSING:
                    missing.append(f.name)
        if missing:
            raise TypeError('%s() missing %d required keyword-only argument%s:'
                            ' %s' % (qualname, len(missing),
                                     '' if len(missing) == 1 else 's',
                                     _names_text(missing)))
        for f in pos_fields:
            if f.name not in values:
                values[f.name] = default_of(f)
        for f in kw_fields:
            if f.name not in values:
                values[f.name] = default_of(f)
        return values
    return bind


def _set_qualname(cls, func, name):
    func.__name__ = name
    func.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return func


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value, name)
    setattr(cls, name, value)
    return False


def _type_text(t):
    if isinstance(t, str):
        return repr(t)
    if getattr(t, '__module__', None) == 'typing':
        return repr(t).replace('typing.', '')
    if isinstance(t, type) and type(t).__name__ != 'GenericAlias':
        if t.__module__ == 'builtins':
            return t.__qualname__
        return '%s.%s' % (t.__module__, t.__qualname__)
    return repr(t)


_repr_running = set()


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields_map = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_map[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_):
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been '
                                'specified' % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields_map[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields_map)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    all_fields = list(fields_map.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields
                   if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    pos_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]

    if init:
        seen_default = False
        for f in pos_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default '
                                'argument' % (f.name,))
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_fields, pos_fields, kw_fields,
                                      frozen))

    if repr:
        repr_fields = [f for f in field_list if f.repr]

        def __repr__(self):
            key = (id(self),)
            if key in _repr_running:
                return '...'
            _repr_running.add(key)
            try:
                return '%s(%s)' % (self.__class__.__qualname__, ', '.join(
                    '%s=%r' % (f.name, getattr(self, f.name))
                    for f in repr_fields))
            finally:
                _repr_running.discard(key)
        # pprint recognises a generated __repr__ by these two marks (the
        # second is what CPython 3.11's pprint looks for)
        __repr__._dataclass_generated = True

        def _generated_repr(self):
            return __repr__(self)
        _generated_repr.__qualname__ = '__create_fn__.<locals>.__repr__'
        __repr__.__wrapped__ = _generated_repr
        _set_new_attribute(cls, '__repr__', __repr__)

    cmp_fields = [f for f in field_list if f.compare]
    cmp_names = [f.name for f in cmp_fields]

    def astuple_cmp(self):
        return tuple([getattr(self, n) for n in cmp_names])

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_cmp(self) == astuple_cmp(other)
            return NotImplemented
        _set_new_attribute(cls, '__eq__', __eq__)

    if order:
        def make_cmp(opname):
            def cmp(self, other):
                if other.__class__ is self.__class__:
                    a = astuple_cmp(self)
                    b = astuple_cmp(other)
                    if opname == '__lt__':
                        return a < b
                    if opname == '__le__':
                        return a <= b
                    if opname == '__gt__':
                        return a > b
                    return a >= b
                return NotImplemented
            return cmp
        for opname in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, opname, make_cmp(opname)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (opname, cls.__name__))

    if frozen:
        field_names = set(f.name for f in field_list)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError('cannot assign to field %r'
                                          % (name,))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError('cannot delete field %r' % (name,))
            super(cls, self).__delattr__(name)
        for fname, fn in (('__setattr__', __setattr__),
                          ('__delattr__', __delattr__)):
            if _set_new_attribute(cls, fname, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fname, cls.__name__))

    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    hash_names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in hash_names]))

    # The hash action table of CPython's dataclasses (by unsafe_hash, eq,
    # frozen, has_explicit_hash).
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % (cls.__name__,))
        cls.__hash__ = _set_qualname(cls, __hash__, '__hash__')
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, __hash__, '__hash__')
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        parts = []
        star = False
        for f in init_fields:
            if f.kw_only and not star:
                parts.append('*')
                star = True
            text = '%s: %s' % (f.name, _type_text(f.type))
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += ' = %r' % (f.default,)
            parts.append(text)
        cls.__doc__ = '%s(%s)' % (cls.__name__, ', '.join(parts))

    if match_args:
        if '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in pos_fields)

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _make_init(cls, all_fields, pos_fields, kw_fields, frozen):
    qualname = '%s.__init__' % cls.__qualname__
    bind = _make_binder(qualname, pos_fields, kw_fields)
    initvar_names = [f.name for f in all_fields
                     if f._field_type is _FIELD_INITVAR]
    plain = [f for f in all_fields if f._field_type is _FIELD]
    has_post_init = hasattr(cls, _POST_INIT_NAME)
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        values = bind(args, kwargs)
        for f in plain:
            name = f.name
            if f.init:
                value = values[name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                setter(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[values[n] for n in initvar_names
                                 if n in values])
    return __init__


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()) or ())
    cls_dict['__slots__'] = tuple(n for n in field_names
                                  if n not in inherited)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields_map = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple(f for f in fields_map.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with '
                                 'replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    # CPython 3.11 creates the class inside types.new_class
    cls.__module__ = 'types' if module is None else module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)

"""sqlalchemy-free ORM-style classes: descriptors, __getattr__, metaclasses, __set_name__."""
import time
import operator
import functools


class Field:
    creation_counter = 0

    def __init__(self, default=None, nullable=True):
        self.default = default
        self.nullable = nullable
        self.order = Field.creation_counter
        Field.creation_counter += 1

    def __set_name__(self, owner, name):
        self.name = name
        self.attname = '_f_' + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__.get(self.attname, self.default)

    def __set__(self, instance, value):
        value = self.validate(value)
        instance.__dict__[self.attname] = value
        instance._dirty.add(self.name)

    def validate(self, value):
        if value is None and not self.nullable:
            raise ValueError(f"{self.name} may not be NULL")
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Integer(Field):
    def validate(self, value):
        value = super().validate(value)
        if value is not None and not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, not {type(value).__name__}")
        return value


class String(Field):
    def __init__(self, length=255, **kw):
        super().__init__(**kw)
        self.length = length

    def validate(self, value):
        value = super().validate(value)
        if value is not None and len(value) > self.length:
            raise ValueError(f"{self.name} too long ({len(value)} > {self.length})")
        return value


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, table=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        fields = {}
        for base in reversed(cls.__mro__):
            for k, v in vars(base).items():
                if isinstance(v, Field):
                    fields[k] = v
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls._table = table or name.lower() + 's'
        if bases:
            mcls.registry[name] = cls
        return cls

    def __getattr__(cls, name):
        if name.startswith('by_'):
            col = name[3:]

            def finder(value):
                return [r for r in Session.rows.get(cls._table, []) if getattr(r, col) == value]
            return finder
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class Model(metaclass=ModelMeta):
    id = Integer(nullable=False, default=0)

    def __init__(self, **kw):
        self._dirty = set()
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__} has no field {k!r}")
            setattr(self, k, v)

    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: getattr(self, name[4:])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self):
        vals = ', '.join(f'{k}={getattr(self, k)!r}' for k in self._fields)
        return f'{type(self).__name__}({vals})'

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, k) == getattr(other, k) for k in self._fields)

    __hash__ = None


class Session:
    rows = {}

    def add(self, obj):
        self.rows.setdefault(obj._table, []).append(obj)
        obj._dirty.clear()

    def query(self, cls):
        return Query(self.rows.get(cls._table, []))


class Query:
    def __init__(self, rows):
        self._rows = list(rows)

    def filter(self, **kw):
        return Query(r for r in self._rows if all(getattr(r, k) == v for k, v in kw.items()))

    def where(self, pred):
        return Query(filter(pred, self._rows))

    def order_by(self, *keys):
        rows = list(self._rows)
        for k in reversed(keys):
            desc = k.startswith('-')
            rows.sort(key=operator.attrgetter(k.lstrip('-')), reverse=desc)
        return Query(rows)

    def __iter__(self):
        return iter(self._rows)

    def __len__(self):
        return len(self._rows)

    def first(self):
        return self._rows[0] if self._rows else None


class User(Model, table='users'):
    name = String(length=10, nullable=False)
    age = Integer()


class Admin(User):
    level = Integer(default=1)


class cached_property_like:
    def __init__(self, func):
        self.func = func
        functools.update_wrapper(self, func)

    def __get__(self, inst, owner):
        if inst is None:
            return self
        v = inst.__dict__[self.func.__name__] = self.func(inst)
        return v


class Report:
    calls = 0

    @cached_property_like
    def total(self):
        Report.calls += 1
        return 42

    @property
    def doubled(self):
        return self.total * 2

    @doubled.setter
    def doubled(self, v):
        self.__dict__['total'] = v // 2

    @doubled.deleter
    def doubled(self):
        del self.__dict__['total']


if __name__ == "__main__":
    t0 = time.perf_counter()
    s = Session()
    for i in range(30):
        s.add(User(id=i, name='user%d' % (i % 7), age=20 + i % 5))
    s.add(Admin(id=100, name='root', age=50, level=9))
    print(len(s.query(User)), s.query(User).filter(age=22).first())
    print([u.id for u in s.query(User).where(lambda u: u.age > 23).order_by('-age', 'id')][:8])
    print(User.by_name('user3')[:2], len(User.by_age(21)))
    print(User._fields, Admin._fields.keys(), Admin._table, User._table, sorted(ModelMeta.registry))
    u = User(name='x')
    print(u, u.get_name(), u._dirty, User.name, type(User.__dict__['age']).__name__)
    for bad in [dict(name='way too long name'), dict(name=None), dict(age='3'), dict(bogus=1)]:
        try:
            User(**bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        u.nothing
    except AttributeError as e:
        print('AttributeError', e)
    try:
        User.nothing
    except AttributeError as e:
        print('AttributeError', e)
    print(u == User(name='x'), u != User(name='y'))
    try:
        hash(u)
    except TypeError as e:
        print('TypeError', e)
    r = Report()
    print(r.total, r.total, Report.calls, r.doubled)
    r.doubled = 100
    print(r.total)
    del r.doubled
    print(r.total, Report.calls, Report.total.__name__, type(Report.doubled).__name__)
    print(getattr(u, 'missing', 'dflt'), hasattr(u, 'get_x'), hasattr(u, 'zzz'))
    assert time.perf_counter() >= t0

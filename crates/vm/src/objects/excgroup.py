# coil: BaseExceptionGroup / ExceptionGroup and the except* helpers, run once into the
# hidden module _coil_excgroup (objects/excgroup.rs).


def _is_exc_type(c):
    return isinstance(c, type) and issubclass(c, BaseException)


def _make_pred(condition):
    if _is_exc_type(condition) or (
            isinstance(condition, tuple) and all(_is_exc_type(c) for c in condition)):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected a function, exception type or tuple of exception types')


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError('BaseExceptionGroup.__new__() argument 1 must be str, not %s'
                            % type(message).__name__)
        if isinstance(exceptions, dict) or not (
                isinstance(exceptions, (list, tuple))
                or (hasattr(type(exceptions), '__getitem__')
                    and hasattr(type(exceptions), '__len__'))):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError('Item %d of second argument (exceptions) is not an exception'
                                 % i)
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._coil_message = message
        self._coil_exceptions = excs
        return self

    def __init__(self, message, exceptions):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._coil_message

    @property
    def exceptions(self):
        return self._coil_exceptions

    def __str__(self):
        n = len(self._coil_exceptions)
        return '%s (%d sub-exception%s)' % (self._coil_message, n, 's' if n > 1 else '')

    def derive(self, excs):
        return BaseExceptionGroup(self._coil_message, excs)

    def _copy_meta(self, eg):
        eg.__traceback__ = self.__traceback__
        eg.__context__ = self.__context__
        eg.__cause__ = self.__cause__
        eg.__suppress_context__ = True
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            eg.__notes__ = notes
        return eg

    def _split(self, pred):
        if pred(self):
            return self, None
        match, rest = [], []
        for e in self._coil_exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(pred)
                if m is not None:
                    match.append(m)
                if r is not None:
                    rest.append(r)
            elif pred(e):
                match.append(e)
            else:
                rest.append(e)
        m = self._copy_meta(self.derive(match)) if match else None
        r = self._copy_meta(self.derive(rest)) if rest else None
        return m, r

    def split(self, condition):
        return self._split(_make_pred(condition))

    def subgroup(self, condition):
        return self._split(_make_pred(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


def _check_star_type(t):
    for c in (t if isinstance(t, tuple) else (t,)):
        if not _is_exc_type(c):
            raise TypeError('catching classes that do not inherit from BaseException '
                            'is not allowed')
        if issubclass(c, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. '
                            'Use except instead.')


def _check_eg_match(exc, match_type):
    """CHECK_EG_MATCH: (rest, match) of the exception for one except* clause."""
    _check_star_type(match_type)
    if exc is None:
        return None, None
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc
        wrapped = BaseExceptionGroup('', (exc,))
        wrapped.__traceback__ = exc.__traceback__
        return None, wrapped
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        return rest, match
    return exc, None


def _leaf_ids(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaf_ids(x, out)
    else:
        out.add(id(e))


def _same_meta(a, b):
    return (getattr(a, '__notes__', None) is getattr(b, '__notes__', None)
            and a.__traceback__ is b.__traceback__
            and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__)


def _prep_reraise_star(orig, excs):
    """PREP_RERAISE_STAR: what the except* handlers raised plus what none matched."""
    if not isinstance(orig, BaseExceptionGroup):
        for e in excs:
            if e is not None:
                return e
        return None
    raised, reraised = [], []
    for e in excs:
        if e is None:
            continue
        (reraised if _same_meta(e, orig) else raised).append(e)
    keep = None
    if reraised:
        ids = set()
        for e in reraised:
            _leaf_ids(e, ids)
        keep = orig._split(lambda leaf: id(leaf) in ids)[0]
    if not raised:
        return keep
    if keep is not None:
        raised.append(keep)
    if len(raised) > 1:
        return BaseExceptionGroup('', raised)
    return raised[0]

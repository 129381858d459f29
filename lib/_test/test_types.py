"""types: type names equal the builtin types, SimpleNamespace, new_class."""


def f():
    pass


def g():
    yield


class C:
    def m(self):
        pass


def run(t):
    probes = [('FunctionType', f), ('LambdaType', lambda: 0), ('GeneratorType', g()), ('MethodType', C().m),
              ('BuiltinFunctionType', len), ('BuiltinMethodType', [].append), ('NoneType', None),
              ('EllipsisType', ...), ('NotImplementedType', NotImplemented), ('GenericAlias', list[int]),
              ('UnionType', int | str), ('MappingProxyType', C.__dict__), ('ModuleType', t)]
    for name, value in probes:
        t.same(name, lambda m: (getattr(m, name) is type(value), isinstance(value, getattr(m, name))))
    t.same('SimpleNamespace', lambda m: [repr(m.SimpleNamespace(a=1, b=[2])), repr(m.SimpleNamespace()),
                                         m.SimpleNamespace(a=1) == m.SimpleNamespace(a=1),
                                         m.SimpleNamespace(a=1) == m.SimpleNamespace(a=2),
                                         m.SimpleNamespace(a=1).a])
    t.same('SimpleNamespace positional', lambda m: m.SimpleNamespace({'x': 3}))

    def ns_mut(m):
        n = m.SimpleNamespace(a=1)
        n.b = 2
        del n.a
        n.me = n

        class Sub(m.SimpleNamespace):
            pass
        return repr(n), repr(Sub(z=1)), sorted(vars(n))
    t.same('SimpleNamespace mutation', ns_mut)
    # (hash(): CPython names the type 'types.SimpleNamespace' in the message)
    t.same('SimpleNamespace hash', lambda m: m.SimpleNamespace.__hash__ is None)

    def newc(m):
        def body(ns):
            ns['x'] = 5
        K = m.new_class('K', (C,), None, body)
        return K.__name__, K.x, K.__mro__[1] is C
    t.same('new_class', newc)

    def coro(m):
        @m.coroutine
        def sleep0():
            got = yield 'tick'
            return got

        async def ticker(n):
            out = []
            for i in range(n):
                out.append(await sleep0())
            return out
        c = ticker(2)
        log = [c.send(None), c.send('a'), ]
        try:
            c.send('b')
        except StopIteration as e:
            log.append(e.value)
        return log, sleep0.__name__
    t.same('coroutine', coro)

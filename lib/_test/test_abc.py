"""abc: ABCMeta, abstract method bookkeeping, the instantiation error, register."""


def run(t):
    def build(m):
        class A(m.ABC):
            @m.abstractmethod
            def f(self):
                pass

            @m.abstractmethod
            def g(self):
                pass

        class B(A):
            def f(self):
                return 1

        class C(B):
            def g(self):
                return 2
        return A, B, C

    t.same('abstracts', lambda m: [sorted(c.__abstractmethods__) for c in build(m)])
    t.same('inst A', lambda m: build(m)[0]())
    t.same('inst B', lambda m: build(m)[1]())
    t.same('inst C', lambda m: build(m)[2]().g())

    def meta(m):
        class A(metaclass=m.ABCMeta):
            @property
            @m.abstractmethod
            def p(self):
                pass

            @classmethod
            @m.abstractmethod
            def cm(cls):
                pass
        return sorted(A.__abstractmethods__)
    t.same('meta', meta)

    def meta_inst(m):
        class A(metaclass=m.ABCMeta):
            @m.abstractmethod
            def only(self):
                pass
        A()
    t.same('single abstract', meta_inst)

    def reg(m):
        class A(m.ABC):
            pass

        class X:
            pass

        class Y(X):
            pass
        before = isinstance(X(), A)
        A.register(X)
        return before, isinstance(X(), A), issubclass(Y, A), issubclass(int, A), A.register(Y) is Y
    t.same('register', reg)
    t.same('register nonclass', lambda m: m.ABCMeta.register(m.ABC, 1))

    def cycle(m):
        class A(m.ABC):
            pass

        class B(A):
            pass
        A.register(B)
        B.register(A)
    t.same('register cycle', cycle)

    def hook(m):
        class Quacks(m.ABC):
            @classmethod
            def __subclasshook__(cls, C):
                if cls is Quacks:
                    return hasattr(C, 'quack')
                return NotImplemented

        class Duck:
            def quack(self):
                pass
        return isinstance(Duck(), Quacks), isinstance(1, Quacks), issubclass(Duck, Quacks)
    t.same('subclasshook', hook)
    t.same('issubclass nonclass', lambda m: issubclass(1, m.ABC))

    def upd(m):
        class A(m.ABC):
            @m.abstractmethod
            def f(self):
                pass

        class B(A):
            pass
        B.f = lambda self: 1
        m.update_abstractmethods(B)
        return sorted(B.__abstractmethods__), B().f()
    t.same('update_abstractmethods', upd)

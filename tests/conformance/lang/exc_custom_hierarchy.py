class Base(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.msg}"
class NotFound(Base): pass
class Forbidden(Base): pass
class Gone(NotFound): pass
for cls in (NotFound, Forbidden, Gone):
    try:
        raise cls("thing", 404)
    except NotFound as e:
        print("notfound branch", type(e).__name__, e, e.args)
    except Base as e:
        print("base branch", type(e).__name__, str(e), repr(e))
print(Gone.__mro__[1:4])
print(issubclass(Gone, Exception), issubclass(Gone, BaseException))
class Simple(ValueError): pass
print(repr(Simple("a", 1)), str(Simple("a", 1)), str(Simple("a")), str(Simple()))
e = Simple()
e.extra = 5
print(e.extra, e.args)
class WithRepr(Exception):
    pass
print(repr(WithRepr()), repr(WithRepr(1)), repr(WithRepr("a", "b")))

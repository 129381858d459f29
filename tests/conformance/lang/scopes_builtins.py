print(len("abc"))
def shadow():
    len = lambda x: "shadowed"
    return len("abc")
print(shadow(), len("abc"))
import builtins
print(builtins.len is len, builtins.print is print)
list = "not a list anymore"
print(list)
del list
print(list("ab"))
def uses_global_later():
    return later_defined()
def later_defined():
    return "found at call time"
print(uses_global_later())
x = 1
def g():
    return x
x = 2
print(g())
class K:
    x = "class x"
    def m(self):
        return x
print(K().m())
def outer():
    y = "enclosing"
    class Inner:
        y = "class level"
        def m(self):
            return y
    return Inner().m(), Inner.y
print(outer())
print(type(__builtins__).__name__ in ("module", "dict"))

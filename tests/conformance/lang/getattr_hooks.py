class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("f_"):
            return name[2:].upper()
        raise AttributeError(f"no {name}")

d = Dyn()
print(d.real, d.f_hello)
try:
    d.zzz
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, 'zzz', 'default'))
print(hasattr(d, 'f_x'), hasattr(d, 'q'))

class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append('set:' + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append('del:' + name)
        object.__delattr__(self, name)

l = Logged()
l.a = 1
l.a
l.b = 2
del l.a
try:
    l.missing
except AttributeError as e:
    print("AttributeError", e)
print(l.log)

class Both:
    def __getattribute__(self, name):
        if name == 'x':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
print(Both().x)

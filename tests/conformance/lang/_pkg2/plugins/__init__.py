registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
from . import alpha, beta

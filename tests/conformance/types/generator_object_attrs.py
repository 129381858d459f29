def gen():
    yield 1
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__, hasattr(g, "send"), hasattr(g, "throw"), iter(g) is g)
print(next(g), next(g, "done"))
class C:
    def method_gen(self):
        yield self
m = C().method_gen()
print(m.__name__, m.__qualname__)
ge = (x for x in [])
print(type(ge).__name__, ge.__name__, list(ge))
def nested():
    def inner():
        yield 1
    return inner()
print(nested().__qualname__)

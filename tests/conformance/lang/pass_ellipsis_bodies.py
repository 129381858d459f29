def todo(): ...
def nothing(): pass
class Empty: pass
class Doc:
    "only a docstring"
print(todo(), nothing(), Empty.__name__, Doc.__doc__)
for _ in range(2):
    pass
if True:
    ...
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(... is Ellipsis, type(todo.__code__).__name__ if hasattr(todo, "__code__") else "code")

import _raiser
print(_raiser.explode(2))
print(_raiser.explode(0))

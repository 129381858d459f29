from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([(1, 1), (2, 2)]); o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {2: 2, 1: 1})
print(OrderedDict.fromkeys("ab"), repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)

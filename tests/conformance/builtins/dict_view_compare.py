# keys and items views order like sets: subset/superset comparisons with views and sets
d = {1: "a", 2: "b", 3: "c"}
e = {1: "a", 2: "b"}
print(e.items() <= d.items(), e.items() < d.items(), d.items() > e.items(), d.items() >= d.items())
print(d.keys() >= {1, 2}, d.keys() > {1, 2, 3}, {1} < d.keys(), frozenset({1, 2, 3}) <= d.keys())
print(e.keys() < d.keys(), d.keys() <= e.keys(), {(1, "a")} <= d.items(), d.items() >= {(9, "z")})
print(d.keys() == {1, 2, 3}, d.items() != e.items(), d.keys() == [1, 2, 3])
try:
    d.values() < e.values()
except TypeError as err:
    print(err)
try:
    d.keys() < [1, 2]
except TypeError as err:
    print(err)

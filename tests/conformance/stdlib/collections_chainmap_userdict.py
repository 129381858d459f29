from collections import ChainMap, UserDict, UserList
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["size"], cm["color"], len(cm), sorted(cm), dict(cm) == {"size": "L", "color": "red"})
cm["new"] = 1
print(user, cm.maps[0] is user, cm.new_child({"size": "XL"})["size"], cm.parents["size"])
class Loud(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v).upper())
l = Loud(a="x")
l["b"] = "y"
print(l, l.data, "a" in l, len(l))
class Evens(UserList):
    def append(self, v):
        if v % 2 == 0:
            super().append(v)
e = Evens([2])
e.append(3); e.append(4)
print(e, e.data, len(e), e[1])

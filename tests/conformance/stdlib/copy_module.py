import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(98)
print(s, d)
class Node:
    def __init__(self, v): self.v = v; self.children = []
n = Node(1); n.children.append(Node(2))
n2 = copy.deepcopy(n)
n.children[0].v = 20
print(n2.children[0].v, n2 is not n)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self): self.x = [1]
    def __copy__(self):
        c = Custom(); c.x = "shallow-custom"; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.x = "deep-custom"; return c
print(copy.copy(Custom()).x, copy.deepcopy(Custom()).x)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1])

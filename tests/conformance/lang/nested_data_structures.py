tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x", "children": []}]}]},
]}
def walk(node, depth=0):
    yield depth, node["name"]
    for ch in node["children"]:
        yield from walk(ch, depth + 1)
for d, n in walk(tree):
    print("  " * d + n)
def count(node):
    return 1 + sum(count(c) for c in node["children"])
def height(node):
    return 1 + max((height(c) for c in node["children"]), default=0)
print(count(tree), height(tree))
def paths(node, prefix=()):
    here = prefix + (node["name"],)
    if not node["children"]:
        yield "/".join(here)
    for c in node["children"]:
        yield from paths(c, here)
print(list(paths(tree)))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def topo(g):
    seen, order = set(), []
    def visit(n):
        if n in seen:
            return
        seen.add(n)
        for m in g[n]:
            visit(m)
        order.append(n)
    for n in sorted(g):
        visit(n)
    return order[::-1]
print(topo(graph))

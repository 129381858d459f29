# ast.parse of expressions and simple statements: node classes, field names,
# locations, ctx, and ast.dump's text.
import ast

for src in ["x = 1", "a, b = b, a", "del x[0], y.z", "print('hi', end='')",
            "for i in range(3): total += i", "import os.path as p",
            "from . import a as b, c", "x: int = 5", "lambda x, *a, k=1, **kw: x",
            "[y for y in z if y]", "{k: v for k, v in d.items()}",
            "if a and not b or c: pass\nelif d: raise E from f\nelse: return",
            "while x < 10 <= y: break", "with open(f) as (a, b): ...",
            "async def f():\n    await g()\n    async for x in y: yield x",
            "class C(B, metaclass=M):\n    '''doc'''\n    def m(self, /, a): return a[1:2, ::3]",
            "try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass",
            "assert x, 'msg'", "global g; nonlocal n", "f'{x!r:>{w}} and {y}'",
            "(x := 5)", "a if b else c", "*a, b = c", "x = -1 ** 2 @ y"]:
    tree = ast.parse(src)
    print(ast.dump(tree))

t = ast.parse("total = price * 2  # c\n", filename="<x>")
print(ast.dump(t, indent=2))
print(ast.dump(t, include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval"), annotate_fields=False))
assign = t.body[0]
print(type(assign).__name__, assign._fields, assign.lineno, assign.col_offset,
      assign.end_lineno, assign.end_col_offset)
print(type(assign.targets[0].ctx).__name__, type(assign.value.left.ctx).__name__)
print([type(n).__name__ for n in ast.walk(t)])
print(ast.get_source_segment("total = price * 2", assign.value))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Name(self, node):
        self.found.append(node.id)
        self.generic_visit(node)


v = Names()
v.visit(ast.parse("a = b + c(d, e=f)"))
print(v.found)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


tree = Double().visit(ast.parse("x = [1, 2, 'a']"))
print(ast.dump(tree))
print(ast.literal_eval(tree.body[0].value))
print(ast.get_docstring(ast.parse('"""Module doc.\n\n   More."""\nx = 1')))
print(isinstance(ast.Name("x"), ast.expr), ast.Name("x").id, ast.Load().__class__.__name__)
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)

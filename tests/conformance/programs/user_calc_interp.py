"""A small expression language: tokenizer, recursive-descent parser, evaluator."""
import re, operator
from dataclasses import dataclass
from typing import Union

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|(\w+)|(\*\*|[-+*/%()=,<>!]=?|==))")
@dataclass
class Num: v: float
@dataclass
class Var: name: str
@dataclass
class BinOp:
    op: str
    l: "Node"
    r: "Node"
@dataclass
class Call:
    fn: str
    args: list
Node = Union[Num, Var, BinOp, Call]

def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad char {s[pos]!r} at {pos}")
        num, name, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    return out

class Parser:
    PREC = {"<": 1, ">": 1, "==": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3, "**": 4}
    def __init__(self, toks): self.toks, self.i = toks, 0
    def peek(self): return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self): t = self.peek(); self.i += 1; return t
    def expect(self, v):
        t = self.take()
        if t[1] != v: raise SyntaxError(f"expected {v!r}, got {t[1]!r}")
    def expr(self, minp=0):
        lhs = self.atom()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in self.PREC or self.PREC[op] < minp: return lhs
            self.take()
            p = self.PREC[op]
            rhs = self.expr(p if op == "**" else p + 1)
            lhs = BinOp(op, lhs, rhs)
    def atom(self):
        kind, v = self.take()
        if kind == "num": return Num(v)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take(); args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",": self.take()
                self.expect(")"); return Call(v, args)
            return Var(v)
        if v == "(":
            e = self.expr(); self.expect(")"); return e
        if v == "-": return BinOp("-", Num(0), self.atom())
        raise SyntaxError(f"unexpected {v!r}")

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod,
       "**": operator.pow, "<": operator.lt, ">": operator.gt, "==": operator.eq}
FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
def evaluate(n, env):
    match n:
        case Num(v): return v
        case Var(name):
            if name not in env: raise NameError(f"undefined variable {name}")
            return env[name]
        case BinOp(op, l, r): return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(fn, args): return FUNCS[fn](*(evaluate(a, env) for a in args))

env = {"x": 3, "y": 4.5}
progs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x * y - 1", "max(x, y, 10) % 4", "-x + abs(-7)",
         "10 / 4", "7 % 3 == 1", "sum(1, 2, 3) > 5", "z + 1", "1 + ", "3 $ 4", "1.5 * (2"]
for src in progs:
    try:
        tree = Parser(tokenize(src)).expr()
        print(f"{src:<22} => {evaluate(tree, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<22} !! {type(e).__name__}: {e}")
print(Parser(tokenize("a + b * c")).expr())

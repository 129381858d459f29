"""ast.unparse: source text from a syntax tree, as CPython 3.11 writes it (operator
precedence decides the parentheses; strings choose quotes that avoid escapes)."""

import sys

import ast

# precedence levels, lowest binding first (CPython's _Precedence)
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR = range(1, 10)
BOR = EXPR
BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(10, 19)

_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES

_UNOP = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR),
         'USub': ('-', FACTOR)}
_BINOP = {'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM),
          'MatMult': ('@', TERM), 'Div': ('/', TERM), 'Mod': ('%', TERM),
          'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT), 'BitOr': ('|', BOR),
          'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND), 'FloorDiv': ('//', TERM),
          'Pow': ('**', POWER)}
_CMPOP = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
          'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}


def _unicode_escape(c):
    """One character as the unicode_escape codec writes it."""
    named = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
    if c in named:
        return named[c]
    n = ord(c)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def _next(p):
    return min(p + 1, ATOM)


class _Writer:
    def __init__(self, avoid_backslashes=False):
        self.out = []
        self.prec = {}
        self.indent = 0
        self.avoid = avoid_backslashes

    # -- output helpers
    def write(self, *text):
        self.out.extend(text)

    def newline_unless_start(self):
        if self.out:
            self.write("\n")

    def fill(self, text=""):
        self.newline_unless_start()
        self.write("    " * self.indent + text)

    def block_start(self):
        self.write(":")
        self.indent += 1

    def block(self, body):
        self.block_start()
        self.traverse(body)
        self.indent -= 1

    def interleave(self, sep, items, each=None):
        each = each or self.traverse
        for i, x in enumerate(items):
            if i:
                self.write(sep)
            each(x)

    def items_view(self, items, each=None):
        each = each or self.traverse
        if len(items) == 1:
            each(items[0])
            self.write(",")
        else:
            self.interleave(", ", items, each)

    def set_prec(self, p, *nodes):
        for n in nodes:
            self.prec[id(n)] = p

    def get_prec(self, node):
        return self.prec.get(id(node), TEST)

    def parens_if(self, cond, inner):
        if cond:
            self.write("(")
        inner()
        if cond:
            self.write(")")

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
            return
        meth = getattr(self, "v_" + type(node).__name__, None)
        if meth is None:
            raise ValueError("coil: ast.unparse does not know %s nodes"
                             % type(node).__name__)
        meth(node)

    def text(self, node):
        self.traverse(node)
        return "".join(self.out)

    # -- strings
    def str_literal(self, s, quote_types=_ALL_QUOTES, escape_special=False):
        def esc(c):
            if not escape_special and c in "\n\t":
                return c
            if c == "\\" or not c.isprintable():
                return _unicode_escape(c)
            return c
        escaped = "".join(map(esc, s))
        quotes = list(quote_types)
        if "\n" in escaped:
            quotes = [q for q in quotes if q in _MULTI_QUOTES]
        quotes = [q for q in quotes if q not in escaped]
        if not quotes:
            r = repr(s)
            q = next((q for q in quote_types if r[0] in q), r[0])
            return r[1:-1], [q]
        if escaped:
            quotes.sort(key=lambda q: q[0] == escaped[-1])
            if quotes[0][0] == escaped[-1]:
                escaped = escaped[:-1] + "\\" + escaped[-1]
        return escaped, quotes

    def write_str_avoiding_backslashes(self, s, quote_types=_ALL_QUOTES):
        s, quotes = self.str_literal(s, quote_types)
        self.write(quotes[0] + s + quotes[0])

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INFSTR)
                       .replace("nan", "(%s-%s)" % (_INFSTR, _INFSTR)))
        elif self.avoid and isinstance(value, str):
            self.write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    # -- modules and statements
    def docstring_and_body(self, node):
        body = node.body
        first = body[0] if body else None
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            self.fill()
            if first.value.kind == "u":
                self.write("u")
            self.write_str_avoiding_backslashes(first.value.value, _MULTI_QUOTES)
            self.traverse(body[1:])
        else:
            self.traverse(body)

    def v_Module(self, node):
        self.docstring_and_body(node)

    def v_Interactive(self, node):
        self.traverse(node.body)

    def v_Expression(self, node):
        self.traverse(node.body)

    def v_Expr(self, node):
        self.fill()
        self.set_prec(YIELD, node.value)
        self.traverse(node.value)

    def v_NamedExpr(self, node):
        def inner():
            self.set_prec(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)
        self.parens_if(NAMED_EXPR < self.get_prec(node), inner)

    def v_Import(self, node):
        self.fill("import ")
        self.interleave(", ", node.names)

    def v_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(", ", node.names)

    def v_Assign(self, node):
        self.fill()
        for t in node.targets:
            self.set_prec(TUPLE, t)
            self.traverse(t)
            self.write(" = ")
        self.traverse(node.value)

    def v_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINOP[type(node.op).__name__][0] + "= ")
        self.traverse(node.value)

    def v_AnnAssign(self, node):
        self.fill()
        self.parens_if(not node.simple and isinstance(node.target, ast.Name),
                       lambda: self.traverse(node.target))
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def v_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def v_Pass(self, node):
        self.fill("pass")

    def v_Break(self, node):
        self.fill("break")

    def v_Continue(self, node):
        self.fill("continue")

    def v_Delete(self, node):
        self.fill("del ")
        self.interleave(", ", node.targets)

    def v_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def v_Global(self, node):
        self.fill("global ")
        self.interleave(", ", node.names, self.write)

    def v_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.interleave(", ", node.names, self.write)

    def v_Await(self, node):
        def inner():
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_prec(ATOM, node.value)
                self.traverse(node.value)
        self.parens_if(AWAIT < self.get_prec(node), inner)

    def v_Yield(self, node):
        def inner():
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_prec(ATOM, node.value)
                self.traverse(node.value)
        self.parens_if(YIELD < self.get_prec(node), inner)

    def v_YieldFrom(self, node):
        def inner():
            self.write("yield from ")
            self.set_prec(ATOM, node.value)
            self.traverse(node.value)
        self.parens_if(YIELD < self.get_prec(node), inner)

    def v_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def try_common(self, node, star):
        self.fill("try")
        self.block(node.body)
        for h in node.handlers:
            self.handler(h, star)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)
        if node.finalbody:
            self.fill("finally")
            self.block(node.finalbody)

    def v_Try(self, node):
        self.try_common(node, False)

    def v_TryStar(self, node):
        self.try_common(node, True)

    def handler(self, node, star):
        self.fill("except*" if star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        self.block(node.body)

    def v_ExceptHandler(self, node):
        self.handler(node, False)

    def decorators(self, node):
        self.newline_unless_start()
        for d in node.decorator_list:
            self.fill("@")
            self.traverse(d)

    def v_ClassDef(self, node):
        self.decorators(node)
        self.fill("class " + node.name)
        if node.bases or node.keywords:
            self.write("(")
            self.interleave(", ", list(node.bases) + list(node.keywords))
            self.write(")")
        self.block_start()
        self.docstring_and_body(node)
        self.indent -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + " " + node.name)
        self.write("(")
        self.traverse(node.args)
        self.write(")")
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        self.block_start()
        self.docstring_and_body(node)
        self.indent -= 1

    def v_FunctionDef(self, node):
        self.function(node, "def")

    def v_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def for_common(self, node, keyword):
        self.fill(keyword)
        self.set_prec(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def v_For(self, node):
        self.for_common(node, "for ")

    def v_AsyncFor(self, node):
        self.for_common(node, "async for ")

    def v_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.block(node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def v_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def v_With(self, node):
        self.fill("with ")
        self.interleave(", ", node.items)
        self.block(node.body)

    def v_AsyncWith(self, node):
        self.fill("async with ")
        self.interleave(", ", node.items)
        self.block(node.body)

    def v_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def v_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    # -- f-strings
    def fstring_part(self, node, out):
        if isinstance(node, ast.JoinedStr):
            for v in node.values:
                self.fstring_part(v, out)
        elif isinstance(node, ast.Constant):
            if not isinstance(node.value, str):
                raise ValueError("Constants inside JoinedStr should be a string.")
            out.append(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, ast.FormattedValue):
            out.append("{")
            inner = _Writer(avoid_backslashes=True)
            inner.set_prec(_next(TEST), node.value)
            expr = inner.text(node.value)
            if expr.startswith("{"):
                out.append(" ")
            if "\\" in expr:
                raise ValueError("Unable to avoid backslash in f-string expression part")
            out.append(expr)
            if node.conversion != -1:
                conv = chr(node.conversion)
                if conv not in "sra":
                    raise ValueError("Unknown f-string conversion.")
                out.append("!" + conv)
            if node.format_spec:
                out.append(":")
                self.fstring_part(node.format_spec, out)
            out.append("}")
        else:
            raise ValueError("Unexpected node inside JoinedStr, %r" % (node,))

    def v_JoinedStr(self, node):
        self.write("f")
        if self.avoid:
            out = []
            self.fstring_part(node, out)
            self.write_str_avoiding_backslashes("".join(out))
            return
        pieces = []
        for v in node.values:
            out = []
            self.fstring_part(v, out)
            pieces.append(("".join(out), isinstance(v, ast.Constant)))
        quotes = _ALL_QUOTES
        done = []
        for text, is_constant in pieces:
            text, quotes = self.str_literal(text, quotes, escape_special=is_constant)
            done.append(text)
        self.write(quotes[0] + "".join(done) + quotes[0])

    def v_FormattedValue(self, node):
        self.write("f")
        out = []
        self.fstring_part(node, out)
        self.write_str_avoiding_backslashes("".join(out))

    # -- expressions
    def v_Name(self, node):
        self.write(node.id)

    def v_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write("(")
            self.items_view(value, self.write_constant)
            self.write(")")
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self.write_constant(value)

    def v_List(self, node):
        self.write("[")
        self.interleave(", ", node.elts)
        self.write("]")

    def comprehension_common(self, node, open_, close):
        self.write(open_)
        self.traverse(node.elt)
        for g in node.generators:
            self.traverse(g)
        self.write(close)

    def v_ListComp(self, node):
        self.comprehension_common(node, "[", "]")

    def v_GeneratorExp(self, node):
        self.comprehension_common(node, "(", ")")

    def v_SetComp(self, node):
        self.comprehension_common(node, "{", "}")

    def v_DictComp(self, node):
        self.write("{")
        self.traverse(node.key)
        self.write(": ")
        self.traverse(node.value)
        for g in node.generators:
            self.traverse(g)
        self.write("}")

    def v_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_prec(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_prec(_next(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    def v_IfExp(self, node):
        def inner():
            self.set_prec(_next(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_prec(TEST, node.orelse)
            self.traverse(node.orelse)
        self.parens_if(TEST < self.get_prec(node), inner)

    def v_Set(self, node):
        if node.elts:
            self.write("{")
            self.interleave(", ", node.elts)
            self.write("}")
        else:
            self.write("{*()}")

    def v_Dict(self, node):
        def pair(kv):
            k, v = kv
            if k is None:
                self.write("**")
                self.set_prec(EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(": ")
                self.traverse(v)
        self.write("{")
        self.interleave(", ", list(zip(node.keys, node.values)), pair)
        self.write("}")

    def v_Tuple(self, node):
        self.parens_if(len(node.elts) == 0 or TUPLE < self.get_prec(node),
                       lambda: self.items_view(node.elts))

    def v_UnaryOp(self, node):
        op, p = _UNOP[type(node.op).__name__]

        def inner():
            self.write(op)
            if p != FACTOR:
                self.write(" ")
            self.set_prec(p, node.operand)
            self.traverse(node.operand)
        self.parens_if(p < self.get_prec(node), inner)

    def v_BinOp(self, node):
        op, p = _BINOP[type(node.op).__name__]

        def inner():
            if op == "**":
                left, right = _next(p), p
            else:
                left, right = p, _next(p)
            self.set_prec(left, node.left)
            self.traverse(node.left)
            self.write(" %s " % op)
            self.set_prec(right, node.right)
            self.traverse(node.right)
        self.parens_if(p < self.get_prec(node), inner)

    def v_Compare(self, node):
        def inner():
            self.set_prec(_next(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for o, e in zip(node.ops, node.comparators):
                self.write(" " + _CMPOP[type(o).__name__] + " ")
                self.traverse(e)
        self.parens_if(CMP < self.get_prec(node), inner)

    def v_BoolOp(self, node):
        op = "and" if isinstance(node.op, ast.And) else "or"
        p = AND if op == "and" else OR
        level = [p]

        def each(v):
            level[0] = _next(level[0])
            self.set_prec(level[0], v)
            self.traverse(v)
        self.parens_if(p < self.get_prec(node),
                       lambda: self.interleave(" %s " % op, node.values, each))

    def v_Attribute(self, node):
        self.set_prec(ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def v_Call(self, node):
        self.set_prec(ATOM, node.func)
        self.traverse(node.func)
        self.write("(")
        self.interleave(", ", list(node.args) + list(node.keywords))
        self.write(")")

    def v_Subscript(self, node):
        self.set_prec(ATOM, node.value)
        self.traverse(node.value)
        self.write("[")
        s = node.slice
        if isinstance(s, ast.Tuple) and s.elts:
            self.items_view(s.elts)
        else:
            self.traverse(s)
        self.write("]")

    def v_Starred(self, node):
        self.write("*")
        self.set_prec(EXPR, node.value)
        self.traverse(node.value)

    def v_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def v_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def v_arguments(self, node):
        first = True

        def sep():
            nonlocal first
            if first:
                first = False
            else:
                self.write(", ")
        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            sep()
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
            if i == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            sep()
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
        if node.kwarg:
            sep()
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def v_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def v_Lambda(self, node):
        def inner():
            self.write("lambda")
            args = _Writer()
            args.traverse(node.args)
            text = "".join(args.out)
            if text:
                self.write(" ", text)
            self.write(": ")
            self.set_prec(TEST, node.body)
            self.traverse(node.body)
        self.parens_if(TEST < self.get_prec(node), inner)

    # -- match statements
    def v_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.block(node.cases)

    def v_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        self.block(node.body)

    def v_MatchValue(self, node):
        self.traverse(node.value)

    def v_MatchSingleton(self, node):
        self.write_constant(node.value)

    def v_MatchSequence(self, node):
        self.write("[")
        self.interleave(", ", node.patterns)
        self.write("]")

    def v_MatchStar(self, node):
        self.write("*" + (node.name if node.name is not None else "_"))

    def v_MatchMapping(self, node):
        def pair(kv):
            k, p = kv
            self.traverse(k)
            self.write(": ")
            self.traverse(p)
        self.write("{")
        self.interleave(", ", list(zip(node.keys, node.patterns)), pair)
        if node.rest is not None:
            if node.keys:
                self.write(", ")
            self.write("**" + node.rest)
        self.write("}")

    def v_MatchClass(self, node):
        self.set_prec(ATOM, node.cls)
        self.traverse(node.cls)
        self.write("(")
        self.interleave(", ", node.patterns)
        for i, (a, p) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if i or node.patterns:
                self.write(", ")
            self.write(a + "=")
            self.traverse(p)
        self.write(")")

    def v_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            def inner():
                self.set_prec(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(" as " + node.name)
            self.parens_if(TEST < self.get_prec(node), inner)

    def v_MatchOr(self, node):
        def inner():
            self.set_prec(_next(BOR), *node.patterns)
            self.interleave(" | ", node.patterns)
        self.parens_if(BOR < self.get_prec(node), inner)


def unparse(node):
    return _Writer().text(node)

"""ast: syntax trees as Python objects (CPython 3.11's node classes, field names and
`ast.dump` text), parse() for 'exec' and 'eval', literal_eval(), walk(), NodeVisitor,
NodeTransformer, the location helpers and unparse() (lib/_ast_unparse.py).

coil's tree lives in Rust (crates/syntax); `_coil_ast.dump` returns it as the text of
crates/syntax/src/dump.rs (positional fields in `_fields` order without ctx,
type_comment, kind and type_ignores; `Name@line:col-end_line:end_col(...)`), from
which `_build` makes the nodes; the ctx of names, attributes, subscripts, starred,
lists and tuples is then set from where they stand (Store/Del targets, else Load).
"""

import _coil_ast
import struct as _struct
from json import loads as _json_loads

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(self._fields),
                               "" if len(self._fields) == 1 else "s"))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# (name, base, _fields, _attributes, optional fields): CPython 3.11's node classes.
_NODES = (
    ('mod', 'AST', (), (), ()),
    ('Module', 'mod', ('body', 'type_ignores'), (), ()),
    ('Interactive', 'mod', ('body',), (), ()),
    ('Expression', 'mod', ('body',), (), ()),
    ('FunctionType', 'mod', ('argtypes', 'returns'), (), ()),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('returns', 'type_comment')),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('returns', 'type_comment')),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Return', 'stmt', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('value',)),
    ('Delete', 'stmt', ('targets',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('value',)),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('While', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('If', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('With', 'stmt', ('items', 'body', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('Match', 'stmt', ('subject', 'cases'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Raise', 'stmt', ('exc', 'cause'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('exc', 'cause')),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Assert', 'stmt', ('test', 'msg'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('msg',)),
    ('Import', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('module', 'level')),
    ('Global', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Nonlocal', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Expr', 'stmt', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Pass', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Break', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Continue', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('BoolOp', 'expr', ('op', 'values'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('NamedExpr', 'expr', ('target', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('BinOp', 'expr', ('left', 'op', 'right'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('UnaryOp', 'expr', ('op', 'operand'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Lambda', 'expr', ('args', 'body'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Dict', 'expr', ('keys', 'values'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Set', 'expr', ('elts',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('ListComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('SetComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('DictComp', 'expr', ('key', 'value', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('GeneratorExp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Await', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Yield', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('value',)),
    ('YieldFrom', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Call', 'expr', ('func', 'args', 'keywords'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('format_spec',)),
    ('JoinedStr', 'expr', ('values',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Constant', 'expr', ('value', 'kind'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('kind',)),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Starred', 'expr', ('value', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Name', 'expr', ('id', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('List', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Tuple', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Slice', 'expr', ('lower', 'upper', 'step'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('lower', 'upper', 'step')),
    ('expr_context', 'AST', (), (), ()),
    ('Load', 'expr_context', (), (), ()),
    ('Store', 'expr_context', (), (), ()),
    ('Del', 'expr_context', (), (), ()),
    ('boolop', 'AST', (), (), ()),
    ('And', 'boolop', (), (), ()),
    ('Or', 'boolop', (), (), ()),
    ('operator', 'AST', (), (), ()),
    ('Add', 'operator', (), (), ()),
    ('Sub', 'operator', (), (), ()),
    ('Mult', 'operator', (), (), ()),
    ('MatMult', 'operator', (), (), ()),
    ('Div', 'operator', (), (), ()),
    ('Mod', 'operator', (), (), ()),
    ('Pow', 'operator', (), (), ()),
    ('LShift', 'operator', (), (), ()),
    ('RShift', 'operator', (), (), ()),
    ('BitOr', 'operator', (), (), ()),
    ('BitXor', 'operator', (), (), ()),
    ('BitAnd', 'operator', (), (), ()),
    ('FloorDiv', 'operator', (), (), ()),
    ('unaryop', 'AST', (), (), ()),
    ('Invert', 'unaryop', (), (), ()),
    ('Not', 'unaryop', (), (), ()),
    ('UAdd', 'unaryop', (), (), ()),
    ('USub', 'unaryop', (), (), ()),
    ('cmpop', 'AST', (), (), ()),
    ('Eq', 'cmpop', (), (), ()),
    ('NotEq', 'cmpop', (), (), ()),
    ('Lt', 'cmpop', (), (), ()),
    ('LtE', 'cmpop', (), (), ()),
    ('Gt', 'cmpop', (), (), ()),
    ('GtE', 'cmpop', (), (), ()),
    ('Is', 'cmpop', (), (), ()),
    ('IsNot', 'cmpop', (), (), ()),
    ('In', 'cmpop', (), (), ()),
    ('NotIn', 'cmpop', (), (), ()),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), (), ()),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type', 'name')),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), (), ('vararg', 'kwarg')),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('annotation', 'type_comment')),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('arg',)),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('asname',)),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), (), ('optional_vars',)),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), (), ('guard',)),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchValue', 'pattern', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchSingleton', 'pattern', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchSequence', 'pattern', ('patterns',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('rest',)),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchStar', 'pattern', ('name',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('name',)),
    ('MatchAs', 'pattern', ('pattern', 'name'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('pattern', 'name')),
    ('MatchOr', 'pattern', ('patterns',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('type_ignore', 'AST', (), (), ()),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), (), ()),

)

_SKIPPED = ("ctx", "type_comment", "kind", "type_ignores")
_DUMPED = {}


def _make_classes():
    g = globals()
    for name, base, fields, attributes, optional in _NODES:
        ns = {"_fields": fields, "_attributes": attributes, "__module__": "ast"}
        for f in optional:
            ns[f] = None
        if "end_lineno" in attributes:
            ns["end_lineno"] = None
            ns["end_col_offset"] = None
        cls = type(name, (g[base],), ns)
        g[name] = cls
        _DUMPED[name] = tuple(f for f in fields if f not in _SKIPPED)


_make_classes()
del _make_classes


class _Reader:
    """Reads the text of `_coil_ast.dump` back into nodes."""

    def __init__(self, text, source):
        self.text = text
        self.pos = 0
        self.source = source

    def value(self):
        t, p = self.text, self.pos
        c = t[p]
        if c == "[":
            self.pos += 1
            out = []
            while self.text[self.pos] != "]":
                out.append(self.value())
                if self.text[self.pos] == ",":
                    self.pos += 2
            self.pos += 1
            return out
        if c == '"':
            q = p + 1
            while t[q] != '"':
                q += 2 if t[q] == "\\" else 1
            self.pos = q + 1
            return _json_loads(t[p:q + 1])
        q = p
        while t[q] not in ",)]([@":
            q += 1
        word = t[p:q]
        self.pos = q
        if t[q] in "(@":
            return self.node(word)
        if word == "None":
            return None
        if word == "True":
            return True
        if word == "False":
            return False
        if word == "Ellipsis":
            return ...
        if word == "BIG":
            return "BIG"
        if word.startswith("f:"):
            return _float(word[2:])
        if word.startswith("c:"):
            re_bits, im_bits = word[2:].split(":")
            return complex(_float(re_bits), _float(im_bits))
        if word.startswith("b:"):
            return bytes.fromhex(word[2:])
        return int(word)

    def node(self, name):
        t = self.text
        loc = None
        if t[self.pos] == "@":
            q = t.index("(", self.pos)
            a, b = t[self.pos + 1:q].split("-")
            l1, c1 = a.split(":")
            l2, c2 = b.split(":")
            loc = (int(l1), int(c1), int(l2), int(c2))
            self.pos = q
        self.pos += 1  # (
        values = []
        while t[self.pos] != ")":
            values.append(self.value())
            if t[self.pos] == ",":
                self.pos += 2
        self.pos += 1
        cls = globals()[name]
        n = cls.__new__(cls)
        for f, v in zip(_DUMPED[name], values):
            setattr(n, f, v)
        if "kind" in cls._fields:
            n.kind = None
        if "type_comment" in cls._fields:
            n.type_comment = None
        if loc is not None:
            n.lineno, n.col_offset, n.end_lineno, n.end_col_offset = loc
        if name == "Constant" and n.value == "BIG" and loc is not None:
            n.value = int(_segment(self.source, loc).replace("_", ""), 0)
        return n


def _float(bits):
    return _struct.unpack("<d", _struct.pack("<Q", int(bits)))[0]


def _segment(source, loc):
    lines = source.encode("utf-8").split(b"\n")
    l1, c1, l2, c2 = loc
    if l1 == l2:
        return lines[l1 - 1][c1:c2].decode("utf-8")
    parts = [lines[l1 - 1][c1:]] + lines[l1:l2 - 1] + [lines[l2 - 1][:c2]]
    return b"\n".join(parts).decode("utf-8")


_CTX_NODES = ("Name", "Attribute", "Subscript", "Starred", "List", "Tuple")


def _set_ctx(node, ctx):
    """`node`, a target, gets `ctx` (a Store or Del instance), as do the elements of a
    target tuple or list and a starred target's value."""
    name = type(node).__name__
    if name in _CTX_NODES:
        node.ctx = ctx
    if name in ("Tuple", "List"):
        for e in node.elts:
            _set_ctx(e, ctx)
    elif name == "Starred":
        _set_ctx(node.value, ctx)


def _fix_ctx(tree):
    load = Load()
    for node in walk(tree):
        if type(node).__name__ in _CTX_NODES and not hasattr(node, "ctx"):
            node.ctx = load
    # Targets are found before their elements get Load: walk breadth first, so set the
    # targets afterwards (they overwrite Load).
    store, delete = Store(), Del()
    for node in walk(tree):
        k = type(node).__name__
        if k == "Assign":
            for t in node.targets:
                _set_ctx(t, store)
        elif k in ("AugAssign", "AnnAssign", "For", "AsyncFor", "comprehension",
                   "NamedExpr"):
            _set_ctx(node.target, store)
        elif k == "withitem" and node.optional_vars is not None:
            _set_ctx(node.optional_vars, store)
        elif k == "Delete":
            for t in node.targets:
                _set_ctx(t, delete)
    if hasattr(tree, "type_ignores") is False and isinstance(tree, Module):
        tree.type_ignores = []


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """Parse the source into an AST node (modes 'exec' and 'eval')."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    if isinstance(source, AST):
        return source
    if mode not in ("exec", "eval"):
        if mode in ("single", "func_type"):
            raise NotImplementedError("coil's ast.parse does not support mode %r" % mode)
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    text = _coil_ast.dump(source, str(filename), mode)
    tree = _Reader(text, source).value()
    if mode == "eval":
        tree = Expression(tree)
    else:
        tree.type_ignores = []
    _fix_ctx(tree)
    return tree


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or
    container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += ' on line %s' % lno
        raise ValueError(msg + ': %r' % (node,))

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return + operand
            return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        elif isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        elif isinstance(node, List):
            return list(map(_convert, node.elts))
        elif isinstance(node, Set):
            return set(map(_convert, node.elts))
        elif (isinstance(node, Call) and isinstance(node.func, Name)
              and node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        elif isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if isinstance(node.op, Add):
                    return left + right
                return left - right
        return _convert_signed_num(node)

    return _convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The text of a tree, as CPython's ast.dump prints it."""
    def _format(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = _format(value, level)
                allsimple = allsimple and simple
                if keywords:
                    args.append('%s=%s' % (name, value))
                else:
                    args.append(value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = _format(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(_format(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _format(node)[0]


def iter_fields(node):
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def copy_location(new_node, old_node):
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (
                    hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def _fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            _fix(child, lineno, col_offset, end_lineno, end_col_offset)
    _fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ("end_lineno" in child._attributes
                and (end_lineno := getattr(child, "end_lineno", 0)) is not None):
            child.end_lineno = end_lineno + n
    return node


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        loc = (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    except AttributeError:
        return None
    return _segment(source, loc)


def unparse(ast_obj):
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


class NodeVisitor:
    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node

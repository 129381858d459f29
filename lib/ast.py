"""ast: importable; coil's syntax tree lives in Rust and is not exposed as Python
objects, so parse(), literal_eval(), dump(), walk() and the other functions raise
NotImplementedError naming the function. PyCF_* flags are defined for compile()."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


def _unsupported(name):
    raise NotImplementedError("coil does not expose its syntax tree: ast.%s is not "
                              "supported" % name)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    _unsupported('parse')


def literal_eval(node_or_string):
    _unsupported('literal_eval')


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    _unsupported('dump')


def walk(node):
    _unsupported('walk')


def unparse(ast_obj):
    _unsupported('unparse')


def fix_missing_locations(node):
    _unsupported('fix_missing_locations')


def copy_location(new_node, old_node):
    _unsupported('copy_location')


def increment_lineno(node, n=1):
    _unsupported('increment_lineno')


def iter_fields(node):
    _unsupported('iter_fields')


def iter_child_nodes(node):
    _unsupported('iter_child_nodes')


def get_docstring(node, clean=True):
    _unsupported('get_docstring')


def get_source_segment(source, node, *, padded=False):
    _unsupported('get_source_segment')


class AST:
    _fields = ()
    _attributes = ()


class NodeVisitor:
    def visit(self, node):
        _unsupported('NodeVisitor.visit')

    def generic_visit(self, node):
        _unsupported('NodeVisitor.generic_visit')


class NodeTransformer(NodeVisitor):
    pass

"""dis: importable; coil's bytecode is not CPython's, so the disassembly functions
raise NotImplementedError (the `coil --dis FILE` command shows coil's own bytecode)."""

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts',
           'findlabels', 'show_code', 'get_instructions', 'Instruction', 'Bytecode',
           'opname', 'opmap', 'cmp_op', 'hasconst', 'hasname', 'hasjrel', 'hasjabs',
           'haslocal', 'hascompare', 'hasfree', 'HAVE_ARGUMENT', 'EXTENDED_ARG',
           'stack_effect']

cmp_op = ('<', '<=', '==', '!=', '>', '>=')
opname = []
opmap = {}
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
HAVE_ARGUMENT = 90
EXTENDED_ARG = 144


def _unsupported(name):
    raise NotImplementedError(
        "coil's bytecode is not CPython's: dis.%s is not supported "
        "(use `coil --dis FILE` to see coil's bytecode)" % name)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    _unsupported('dis')


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    _unsupported('disassemble')


disco = disassemble


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    _unsupported('distb')


def code_info(x):
    _unsupported('code_info')


def show_code(co, *, file=None):
    _unsupported('show_code')


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    _unsupported('get_instructions')


def findlinestarts(code):
    _unsupported('findlinestarts')


def findlabels(code):
    _unsupported('findlabels')


def stack_effect(opcode, oparg=None, *, jump=None):
    _unsupported('stack_effect')


class Instruction:
    def __init__(self, *args, **kwargs):
        _unsupported('Instruction')


class Bytecode:
    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        _unsupported('Bytecode')

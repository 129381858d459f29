print("init", __name__)
from ..util import helper
from . import __name__ as pkg_name
def leaf_fn():
    return helper(21)
NAME = __name__

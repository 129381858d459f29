print("init", __name__)
from .. import util as parent_util
from .leaf import leaf_fn

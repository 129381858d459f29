from .core import Engine
from . import plugins
__all__ = ["Engine"]

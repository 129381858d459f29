from . import register
from ..core import Engine
@register("beta")
def run():
    return "beta ran with " + Engine.__name__

from . import register
@register("alpha")
def run():
    return "alpha ran"

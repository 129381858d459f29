handlers = {"a": print}
def dispatch(name, *args):
    fn = handlers.get(name)
    return fn(*args)
dispatch("a", "ok")
dispatch("b", "fails")

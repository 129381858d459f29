def outer():
    def middle():
        def inner():
            raise NotImplementedError("inner not done")
        return inner()
    return middle()
outer()

class Base:
    pass


class Point(Base, metaclass=type):
    """A point."""
    dims: int = 2
    __secret = 1

    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.__y = y

    @property
    def norm(self):
        return (self.x ** 2 + self.__y ** 2) ** 0.5

    def kind(self):
        return __class__.__name__


def make():
    v = 10

    class Local:
        w = v

        def get(self):
            return v

    return Local

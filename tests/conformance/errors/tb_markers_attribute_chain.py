class A:
    def __init__(self):
        self.b = None
a = A()
value = a.b.c

class A(object) x:
    pass

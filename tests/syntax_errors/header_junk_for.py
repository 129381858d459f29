for x in range(3) y:
    pass

class Bad:
    def __repr__(self):
        raise RuntimeError("repr exploded")
items = [1, Bad()]
print(len(items))
print(items)

class Tree:
    def __init__(self):
        self.left = None
t = Tree()
print(t.left.value)

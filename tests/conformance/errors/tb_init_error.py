class Node:
    def __init__(self, value, children):
        self.value = value
        self.count = len(children)
Node(1, [])
Node(2, None)

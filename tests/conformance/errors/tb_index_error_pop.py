stack = [1]
stack.pop()
stack.pop()

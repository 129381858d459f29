def greet(name, greeting="hi"):
    return f"{greeting} {name}"
print(greet("a"))
print(greet("a", "b", "c"))

text = "  Hello  "
result = text.strip().lower().replace("l", "L").split(None).pop().index("z")

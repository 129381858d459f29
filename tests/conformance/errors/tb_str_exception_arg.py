raise ValueError("multi\nline\nmessage")

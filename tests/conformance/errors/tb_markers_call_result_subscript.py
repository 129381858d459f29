def load():
    return {"rows": []}
first = load()["rows"][0]

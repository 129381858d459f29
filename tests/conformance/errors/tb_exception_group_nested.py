def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("converted") from e


def collect():
    errors = []
    for f in (inner, lambda: 1 / 0):
        try:
            f()
        except Exception as e:
            errors.append(e)
    errors.append(ExceptionGroup("nested", [TypeError("t"), OSError("o")]))
    raise ExceptionGroup("outer", errors)


collect()

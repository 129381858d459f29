def handle(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print("bad", e)
    except Exception:
        raise
    else:
        print("ok")
    finally:
        print("done")


def loop_finally(items):
    for x in items:
        try:
            if x:
                continue
            return x
        finally:
            print(x)


def managed(path):
    with open(path) as fh, open(path + ".bak", "w") as out:
        for line in fh:
            if not line:
                break
            out.write(line)
    assert fh.closed, "not closed"
    raise ValueError("x") from None

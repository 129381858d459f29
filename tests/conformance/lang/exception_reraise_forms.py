def risky(n):
    if n == 1:
        raise ValueError("one")
    if n == 2:
        raise TypeError("two")
    return n
results = []
for n in range(4):
    try:
        try:
            results.append(risky(n))
        except ValueError as e:
            raise RuntimeError("wrapped") from e
        except TypeError:
            raise
    except RuntimeError as e:
        results.append(("runtime", str(e.__cause__)))
    except TypeError as e:
        results.append(("type", str(e), e.__context__))
print(results)
def handler():
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    return err
e = handler()
print(repr(e), e.__traceback__ is not None)
try:
    raise e
except KeyError as again:
    print(again is e)
class Retry(Exception):
    pass
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        break
    except Retry as r:
        print("retry", r)
print("attempts", attempts)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise IndexError() from None
except IndexError as ie:
    print(ie.__suppress_context__, ie.__cause__)

"""The types of coroutines and asynchronous generators, for types.py (kept
apart because getting them needs async syntax)."""


async def _c():
    pass


async def _ag():
    yield


def _coroutine_type():
    co = _c()
    try:
        return type(co)
    finally:
        co.close()


CoroutineType = _coroutine_type()
AsyncGeneratorType = type(_ag())

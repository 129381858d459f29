"""Pickle benchmark (pure python) in the style of pyperformance bm_pickle."""
import datetime
import pickle
import random
import sys
import time
import copyreg

DICT = {
    'ads_flags': 0,
    'age': 18,
    'bulletin_count': 0,
    'comment_count': 0,
    'country': 'BR',
    'encrypted_id': 'G9urXXAJwjE',
    'favorite_artists': [
        "Simple Plan", "Linkin Park", "Evanescence",
    ],
    'friends_count': 0,
    'full_name': 'Last First',
    'gender': 'm',
    'is_locked': False,
    'photo_count': 0,
    'tags': (1, 2.5, None, True, b"bytes\x00\xff", 10 ** 30, -7, 2 ** 63),
    'nested': {'a': [{'b': {'c': [1, 2, (3, 4)]}}]},
    'when': datetime.datetime(2020, 2, 29, 13, 45, 1, 1234),
    'date': datetime.date(1999, 12, 31),
    'sets': ({1, 2, 3}, frozenset(['x'])),
    'bytearray': bytearray(b'abc'),
    'complex': 3 + 4j,
    'float': -0.0,
    'unicode': 'caf\xe9 \u20ac \U0001f600',
}

TUPLE = (
    [265867233, 265868503, 265252341, 265243910, 265879514,
     266219766, 266021701, 265843726, 265592821, 265246784],
    60)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return "Reduced(%r, %r)" % (self.a, self.b)


class Stateful:
    def __init__(self):
        self.value = 5
        self.cache = "drop me"

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


class Slotted:
    __slots__ = ('p', 'q')

    def __init__(self, p, q):
        self.p = p
        self.q = q


class Slotted2(Slotted):
    __slots__ = ()

    def __getstate__(self):
        return (None, {'p': self.p, 'q': self.q})


class WithNewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


def mutate_dict(orig_dict, random_source):
    new_dict = dict(orig_dict)
    for key, value in new_dict.items():
        rand_val = random_source.random() * sys.maxsize
        if isinstance(key, (int, bytes, str)):
            new_dict[key] = type(key)(rand_val) if not isinstance(key, bytes) else value
    return new_dict


random_source = random.Random(5)
DICT_GROUP = [mutate_dict(DICT, random_source) for _ in range(3)]


def bench_pickle(loops, pickle, options):
    range_it = range(loops)
    dumps = pickle.dumps
    objs = (DICT, TUPLE, DICT_GROUP)
    protocol = options.protocol
    t0 = time.perf_counter()
    for _ in range_it:
        for obj in objs:
            dumps(obj, protocol)
    return time.perf_counter() - t0


def bench_unpickle(loops, pickle, options):
    pickled_dict = pickle.dumps(DICT, options.protocol)
    pickled_tuple = pickle.dumps(TUPLE, options.protocol)
    pickled_dict_group = pickle.dumps(DICT_GROUP, options.protocol)
    loads = pickle.loads
    objs = (pickled_dict, pickled_tuple, pickled_dict_group)
    t0 = time.perf_counter()
    for _ in range(loops):
        for obj in objs:
            loads(obj)
    return time.perf_counter() - t0


class Options:
    def __init__(self, protocol):
        self.protocol = protocol


def main():
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        opts = Options(proto)
        if proto == pickle.HIGHEST_PROTOCOL:
            bench_pickle(1, pickle, opts)
            bench_unpickle(1, pickle, opts)
        data = pickle.dumps(DICT, proto)
        back = pickle.loads(data)
        print(proto, back == DICT, sorted(back)[:3], back['when'], back['tags'][4])
        objs = [Point(1, 2), Reduced([1, 2], b={'k': 1}), Stateful(), Slotted(1, 'two') if proto >= 2 else Slotted2(1, 'two'),
                WithNewArgs(42, 'answer'), [Point(3, 4)] * 2, None, Ellipsis, NotImplemented,
                len, Point, range(3, 10, 2), slice(1, None, 2)]
        dumped = pickle.dumps(objs, protocol=proto)
        out = pickle.loads(dumped)
        print(" ", out[0], out[1], out[2].__dict__, out[3].p, out[3].q, out[4], out[4].tag,
              out[5][0] is out[5][1], out[6:9], out[9] is len, out[10] is Point, out[11], out[12])
        shared = [1, 2]
        r = pickle.loads(pickle.dumps([shared, shared], proto))
        print(" ", r[0] is r[1])
        rec = []
        rec.append(rec)
        r = pickle.loads(pickle.dumps(rec, proto))
        print(" ", r[0] is r)
    print(pickle.dumps([1, 'a', None, True], 0))
    print(pickle.dumps((1, 2), 2))
    print(pickle.dumps({'a': 1}, 4)[:2])
    try:
        pickle.dumps(lambda x: x)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__)
    try:
        pickle.loads(b"garbage")
    except pickle.UnpicklingError as e:
        print("UnpicklingError", e)
    except Exception as e:
        print("other", type(e).__name__)
    import io
    buf = io.BytesIO()
    pickle.dump({'x': [1, 2, 3]}, buf)
    buf.seek(0)
    print(pickle.load(buf))
    p = pickle.Pickler(io.BytesIO(), protocol=2)
    p.dump(1)
    print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    main()

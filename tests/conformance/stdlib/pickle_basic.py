# pickle: every protocol's bytes for the built-in types, classes by reference, instances
# (__dict__, __slots__, __getstate__/__setstate__, __getnewargs__), shared and recursive
# references, dump/load through a file, errors.
import pickle, sys
print(pickle.Pickler.__module__, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
class P:
    def __init__(self, a): self.a = a; self.b = [1, 2]
    def __eq__(self, o): return type(o) is P and o.__dict__ == self.__dict__
class S:
    __slots__ = ('x', 'y')
class G:
    def __getstate__(self): return {'g': 1}
    def __setstate__(self, st): self.st = st
class T(tuple):
    def __new__(cls, a, b): return tuple.__new__(cls, (a, b))
    def __getnewargs__(self): return tuple(self)
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**63, -2**100, 3.25, -0.0,
        'abc', '', 'é😀\n\\x', 'x' * 300, b'', b'ab', b'z' * 300, bytearray(b'q'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
        [], [1, [2]], {}, {'a': 1, 2: [3]}, set(), {1, 2}, frozenset({3}), frozenset(),
        len, P, pickle.Pickler, type(None), 1.5e300, P(5), 10**30]
for proto in range(6):
    for o in objs:
        d = pickle.dumps(o, proto)
        r = pickle.loads(d)
        print(proto, d if len(d) < 120 else (len(d), __import__("hashlib").md5(d).hexdigest()), r == o or r is o or repr(r)[:40])
s = S(); s.x = 1
r = pickle.loads(pickle.dumps(s)); print(r.x, hasattr(r, 'y'))
r = pickle.loads(pickle.dumps(G())); print(r.st)
t = T(1, 2); r = pickle.loads(pickle.dumps(t)); print(type(r).__name__, r)
l = [1]; l.append(l); r = pickle.loads(pickle.dumps(l)); print(r[1] is r)
shared = [1]; r = pickle.loads(pickle.dumps([shared, shared])); print(r[0] is r[1])
tt = ([],); tt[0].append(tt); d = pickle.dumps(tt, 2); print(d); r = pickle.loads(d); print(r[0][0] is r)
import io
f = io.BytesIO(); pickle.dump({'k': (1, 2)}, f); f.seek(0); print(pickle.load(f))
try: pickle.loads(b'\x80\x04garbage')
except Exception as e: print(type(e).__name__)
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).split(':')[-1])
try:
    pickle.loads(b'\x80\x04\x95')
except Exception as e:
    print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(P(3), 0)).b, pickle.loads(pickle.dumps(P(3), 1)).a)
# The pure-Python classes when the accelerator module is blocked.
del sys.modules['pickle']
sys.modules['_pickle'] = None
try:
    import _pickle
except ImportError as e:
    print(type(e).__name__, e)
import pickle as pure
print(pure.Pickler.__module__, pure.dumps([1, (2, 'x')], 2), pure.loads(pure.dumps({'a': {1}})))
# Batch boundaries of the C pickler (sizes around 1000).
for n in (1000, 1001):
    for proto in (1, 4):
        ds = [pickle.dumps(list(range(n)), proto), pickle.dumps({i: 0 for i in range(n)}, proto)]
        if proto >= 4:
            ds.append(pickle.dumps(set(range(n)), proto))
        print(n, proto, [(len(d), d.count(b'e'), d.count(b'u'), d.count(b'\x90')) for d in ds])

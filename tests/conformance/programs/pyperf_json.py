"""json_dumps / json_loads benchmarks in the style of pyperformance."""
import json
import sys
import time

EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo',
               'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0],
               'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)

cases = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE']

DICT = {
    'ads_flags': 0,
    'age': 18,
    'bulletin_count': 0,
    'comment_count': 0,
    'country': 'BR',
    'encrypted_id': 'G9urXXAJwjE',
    'favorite_artists': [
        '"Nirvana"', "Pink Floyd", "Led Zeppelin\n\t",
    ],
    'float': 3.141592653589793,
    'big': 10 ** 25,
    'neg': -1e-7,
    'inf_like': 1e300,
    'none': None,
    'photo_count': 0,
    'is_locked': False,
}
TUPLE = (
    [265867233, 265868503, 265252341, 265243910, 265879514,
     266219766, 266021701, 265843726, 265592821, 265246784,
     265853180, 45526486, 265463699, 265848143, 265863062,
     265392591, 265877490, 265823665, 265828884, 265753032], 60)


def mutate_dict(orig_dict, random_source):
    new_dict = dict(orig_dict)
    for key, value in new_dict.items():
        rand_val = random_source.random() * sys.maxsize
        if isinstance(key, (int, bytes, str)):
            new_dict[key] = type(key)(rand_val)
    return new_dict


def bench_json_dumps(data):
    for obj, count_it in data:
        for _ in count_it:
            json.dumps(obj)


def bench_json_loads(objs):
    for obj in objs:
        json.loads(obj)
        json.loads(obj)


def main():
    data = []
    for case in cases:
        obj, count = globals()[case]
        data.append((obj, range(count // 50)))
    t0 = time.perf_counter()
    bench_json_dumps(data)
    dt = time.perf_counter() - t0
    assert dt >= 0

    json_dict = json.dumps(DICT)
    json_tuple = json.dumps(TUPLE)
    json_dict_group = json.dumps([DICT] * 30)
    objs = (json_dict, json_tuple, json_dict_group)
    bench_json_loads(objs)
    print(json_dict)
    print(json_tuple)
    print(json.dumps(DICT, sort_keys=True, indent=4))
    print(json.dumps(DICT, sort_keys=True, separators=(',', ':')))
    print(json.dumps(NESTED_DATA, ensure_ascii=False, indent='\t'))
    print(json.dumps(NESTED_DATA, ensure_ascii=True, indent=2, sort_keys=True))
    print(json.dumps([1, [2, [3, []]], {}], indent=0))
    print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
    print(json.dumps(float('nan')), json.dumps(float('-inf')))
    try:
        json.dumps(float('nan'), allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
    try:
        json.dumps(object())
    except TypeError as e:
        print("TypeError:", e)
    class Enc(json.JSONEncoder):
        def default(self, o):
            if isinstance(o, set):
                return sorted(o)
            return super().default(o)
    print(json.dumps({'s': {3, 1, 2}}, cls=Enc))
    print(json.dumps({'s': {3, 1, 2}}, default=list))
    back = json.loads(json_dict_group)
    print(len(back), back[0] == back[-1], back[0]['big'], type(back[0]['float']).__name__)
    print(json.loads('{"a": [1, 2.0, -3e2, true, false, null, "\\u00e9\\ud83d\\ude00"]}'))
    print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
    print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
    print(json.loads('{"b": 1}', object_hook=lambda d: sorted(d.items())))
    print(json.loads('[NaN, Infinity, -Infinity]'))
    for bad in ['[1, 2', '{"a" 1}', '', '[1,]', '"abc', '{"a": 1} x', 'tru']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
    dec = json.JSONDecoder()
    print(dec.raw_decode('[1, 2] rest'))
    import io
    s = io.StringIO()
    json.dump({'x': [1, 2]}, s, indent=1)
    print(s.getvalue())
    print(json.load(io.StringIO('{"y": {"z": []}}')))
    print(''.join(json.JSONEncoder(indent=2).iterencode([1, {'a': 2}])))


if __name__ == "__main__":
    main()

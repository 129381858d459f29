# category: other
# quick: 200
# JSON encode/decode: an in-house JSON encoder and recursive-descent decoder (no json
# module) round-tripping nested documents of dicts, lists, strings, ints, floats, bools.
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
           "\f": "\\f"}


def encode_str(s):
    out = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return encode_str(v)
    if isinstance(v, list):
        return "[" + ", ".join([encode(x) for x in v]) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join([encode_str(k) + ": " + encode(x) for k, x in v.items()]) + "}"
    raise TypeError("cannot encode %r" % (v,))


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        s = self.s
        i = self.i
        while i < len(s) and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if self.s.startswith("true", self.i):
            self.i += 4
            return True
        if self.s.startswith("false", self.i):
            self.i += 5
            return False
        if self.s.startswith("null", self.i):
            self.i += 4
            return None
        return self.number()

    def obj(self):
        self.i += 1
        d = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return d
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise ValueError("expected : at %d" % self.i)
            self.i += 1
            d[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return d
            if c != ",":
                raise ValueError("expected , or } at %d" % self.i)

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ValueError("expected , or ] at %d" % self.i)

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        while True:
            c = s[i]
            if c == '"':
                break
            if c == "\\":
                n = s[i + 1]
                if n == "u":
                    out.append(chr(int(s[i + 2:i + 6], 16)))
                    i += 6
                    continue
                out.append({"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(n, n))
                i += 2
                continue
            out.append(c)
            i += 1
        self.i = i + 1
        return "".join(out)

    def number(self):
        s = self.s
        start = self.i
        i = start
        is_float = False
        while i < len(s) and s[i] in "+-0123456789.eE":
            if s[i] in ".eE":
                is_float = True
            i += 1
        self.i = i
        text = s[start:i]
        return float(text) if is_float else int(text)


def make_doc(seed, depth):
    state = seed
    def rnd(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state % k
    def build(d):
        kind = rnd(7) if d > 0 else rnd(5)
        if kind == 0:
            return rnd(100000) - 50000
        if kind == 1:
            return rnd(1000000) / 64.0
        if kind == 2:
            return "s%d \"q\" \\ \t end" % rnd(1000)
        if kind == 3:
            return [True, False, None][rnd(3)]
        if kind == 4:
            return "plain-%d" % rnd(50)
        if kind == 5:
            return [build(d - 1) for _ in range(rnd(6) + 1)]
        return {"k%d" % i: build(d - 1) for i in range(rnd(6) + 1)}
    return {"id": seed, "items": [build(depth) for _ in range(8)]}


def main(n):
    checksum = 0
    total_len = 0
    for r in range(n):
        doc = make_doc(r + 1, 4)
        text = encode(doc)
        back = Decoder(text).value()
        if back != doc:
            print("round trip failed at", r)
            return
        again = encode(back)
        total_len += len(again)
        for ch in again[::7]:
            checksum = (checksum * 31 + ord(ch)) & 0xFFFFFFF
    print("documents", n, "chars", total_len, "checksum", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 6000)

# pybench-style micro tests (the old Tools/pybench shape): each test is a class with a
# number of rounds and a test() body of repeated small operations; instead of timings
# the run prints each test's checksum, so the operations' results are what is compared.


class Test:
    rounds = 200

    def run(self):
        return self.test()


class SimpleIntegerArithmetic(Test):
    def test(self):
        s = 0
        for i in range(self.rounds):
            a = 2; b = 3; c = 3
            c = a + b; c = b + c; c = c + a; c = a + b; c = b + c
            c = c - a; c = a - b; c = b - c; c = c - a; c = b - c
            c = a / b; c = b / a; c = c / b
            c = a * b; c = b * a; c = c * b
            c = a // b; c = b // a; c = b % a
            s += int(c) + i
        return s


class SimpleFloatArithmetic(Test):
    def test(self):
        s = 0.0
        for i in range(self.rounds):
            a = 2.1; b = 3.3332; c = 3.14159
            c = a + b; c = b + c; c = c + a; c = a + b
            c = c - a; c = a - b; c = b - c
            c = a / b; c = b / a; c = c / b
            c = a * b; c = b * a; c = c * b
            s += c
        return round(s, 6)


class StringSlicing(Test):
    def test(self):
        s = ''.join(map(str, range(100)))
        t = ''.join(map(str, range(1, 101)))
        n = 0
        for i in range(self.rounds):
            n += len(s[50:]) + len(s[:25]) + len(s[50:55]) + len(s[-1:]) + len(s[:1])
            n += len(t[2:50]) + (s[i % 100:] < t[i % 50:])
        return n


class StringMappings(Test):
    def test(self):
        s = ''.join(map(chr, range(20, 120)))
        u = s.upper()
        n = 0
        for i in range(self.rounds):
            n += len(s.lower()) + len(u.upper()) + s.find('X') + u.count('A')
            n += len(s.replace('a', 'bb')) + len(s.title()) + len(s.swapcase())
        return n


class DictCreation(Test):
    def test(self):
        n = 0
        for i in range(self.rounds):
            d1 = {}
            d2 = {1: 2, 3: 4, 5: 6}
            d3 = {1: 2, 3: 4, 5: 6, 7: 8, 9: 10}
            d1[i] = d2
            d1[i + 1] = d3
            d4 = dict(d3)
            del d4[1]
            n += len(d1) + len(d2) + len(d3) + len(d4) + sum(d3)
        return n


class DictWithStringKeys(Test):
    def test(self):
        d = {}
        for i in range(self.rounds):
            d['abc'] = 1; d['def'] = 2; d['ghi'] = 3; d['jkl'] = 4
            d['mno'] = d['abc'] + d['def'] + d['ghi'] + d['jkl'] + i
        return sorted(d.items())


class TupleSlicing(Test):
    def test(self):
        r = tuple(range(100))
        n = 0
        for i in range(self.rounds):
            n += sum(r[:50]) + sum(r[50:]) + sum(r[25:75]) + len(r[::3]) + r[-i % 100]
        return n


class ListSlicing(Test):
    def test(self):
        n = 0
        for i in range(self.rounds):
            l = list(range(100))
            l[:3] = [1, 2]
            l[-5:] = []
            del l[10:20]
            l.extend(l[:5])
            l.reverse()
            l.sort()
            n += len(l) + l[7] + l.index(50)
        return n


class TryExcept(Test):
    def test(self):
        n = 0
        for i in range(self.rounds):
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                n += 1
            except ValueError as e:
                n += e.args[0]
            try:
                {}[i]
            except KeyError:
                n += 2
            finally:
                n += 3
        return n


class FunctionCalls(Test):
    def test(self):
        def f(a, b=2, *args, c=3, **kw):
            return a + b + c + len(args) + len(kw)

        def g(x):
            return f(x, 1) + f(x, c=5) + f(x, 1, 2, 3, d=4)
        return sum(g(i) for i in range(self.rounds))


class MethodCalls(Test):
    def test(self):
        class C:
            x = 1

            def __init__(self):
                self.y = 2

            def m(self, a):
                return self.x + self.y + a

            @classmethod
            def cm(cls, a):
                return cls.x + a

            @staticmethod
            def sm(a):
                return a * 2
        o = C()
        return sum(o.m(i) + C.cm(i) + o.sm(i) for i in range(self.rounds))


class Recursion(Test):
    def test(self):
        def fact(n):
            return 1 if n < 2 else n * fact(n - 1)
        return sum(fact(i % 30) % 1000003 for i in range(self.rounds))


class Comprehensions(Test):
    def test(self):
        n = 0
        for i in range(self.rounds // 10):
            sq = [x * x for x in range(100) if x % 3]
            st = {x % 17 for x in sq}
            dc = {x: x % 7 for x in st}
            n += sum(sq) + len(st) + sum(dc.values()) + sum(x for x in range(i))
        return n


class StringFormatting(Test):
    def test(self):
        out = []
        for i in range(self.rounds // 20):
            out.append('%d %5.2f %s %r' % (i, i / 3, 'x' * (i % 4), (i,)))
            out.append('{:>6}|{:<4}|{:^7.3f}|{!r}'.format(i, -i, i / 7, str(i)))
            out.append(f'{i:#x} {i * 1.5:e} {i:08b}')
        return out


def main():
    for cls in Test.__subclasses__():
        print('%-26s %s' % (cls.__name__, cls().run()))


main()
